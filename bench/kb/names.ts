// Invented people for the benchmark corpus: given names and surnames combined into a pool of
// persons, each with two of each, as Spanish-language news writes them fully or in part.
import { mulberry32, pick } from './rng.js';

const GIVEN = [
  'Adriana', 'Alberto', 'Alicia', 'Álvaro', 'Ana', 'Andrés', 'Antonio', 'Beatriz', 'Bruno', 'Carla', 'Carlos', 'Carmen',
  'Cecilia', 'César', 'Claudia', 'Cristina', 'Daniel', 'David', 'Diana', 'Diego', 'Eduardo', 'Elena', 'Emilio', 'Enrique',
  'Ernesto', 'Esteban', 'Eva', 'Fabiola', 'Felipe', 'Fernanda', 'Fernando', 'Francisco', 'Gabriela', 'Gerardo', 'Gloria',
  'Gonzalo', 'Guadalupe', 'Héctor', 'Hugo', 'Ignacio', 'Inés', 'Irene', 'Isabel', 'Jaime', 'Javier', 'Jorge', 'José',
  'Juan', 'Julia', 'Julio', 'Laura', 'Leonardo', 'Lorena', 'Lucía', 'Luis', 'Manuel', 'Marco', 'Margarita', 'María',
  'Mariana', 'Mario', 'Marta', 'Mauricio', 'Miguel', 'Mónica', 'Natalia', 'Nicolás', 'Norma', 'Óscar', 'Pablo', 'Patricia',
  'Pedro', 'Rafael', 'Ramón', 'Raúl', 'Ricardo', 'Roberto', 'Rocío', 'Rodrigo', 'Rosa', 'Salvador', 'Samuel', 'Sandra',
  'Santiago', 'Sergio', 'Silvia', 'Sofía', 'Susana', 'Teresa', 'Tomás', 'Valeria', 'Verónica', 'Víctor', 'Ximena', 'Yolanda',
];

const SURNAMES = [
  'Acosta', 'Aguilar', 'Alvarado', 'Arellano', 'Ávalos', 'Barrera', 'Benítez', 'Bermúdez', 'Cabrera', 'Calderón', 'Camacho',
  'Campos', 'Cárdenas', 'Carrillo', 'Castañeda', 'Castillo', 'Cervantes', 'Cisneros', 'Contreras', 'Córdoba', 'Cortés',
  'Delgado', 'Domínguez', 'Durán', 'Escobar', 'Espinoza', 'Estrada', 'Figueroa', 'Fuentes', 'Gallardo', 'Gallegos',
  'Galván', 'Garza', 'Gil', 'Godínez', 'Guerrero', 'Guzmán', 'Herrera', 'Ibarra', 'Iglesias', 'Juárez', 'Lara', 'León',
  'Lozano', 'Lugo', 'Luna', 'Macías', 'Maldonado', 'Marín', 'Márquez', 'Medina', 'Mejía', 'Meléndez', 'Mendoza',
  'Mercado', 'Miranda', 'Molina', 'Montes', 'Montoya', 'Mora', 'Morales', 'Moreno', 'Muñoz', 'Navarro', 'Núñez', 'Ochoa',
  'Olvera', 'Orozco', 'Ortega', 'Ortiz', 'Pacheco', 'Padilla', 'Palacios', 'Paredes', 'Peña', 'Pineda', 'Ponce', 'Quintero',
  'Ramos', 'Rangel', 'Reyes', 'Ríos', 'Rivas', 'Robles', 'Rojas', 'Rosales', 'Rubio', 'Salas', 'Salazar', 'Salinas',
  'Sandoval', 'Santos', 'Serrano', 'Solís', 'Soto', 'Suárez', 'Tapia', 'Toledo', 'Trejo', 'Trujillo', 'Valdez', 'Valencia',
  'Vallejo', 'Vargas', 'Vázquez', 'Vega', 'Velasco', 'Velázquez', 'Villalobos', 'Villarreal', 'Zamora', 'Zavala', 'Zúñiga',
];

export interface PoolPerson {
  /** Two given names and two surnames; a report uses as many as its fixture name has words. */
  given: [string, string];
  surnames: [string, string];
}

/** All four names of a pool person, as written. */
export function fullName(p: PoolPerson): string {
  return [...p.given, ...p.surnames].join(' ');
}

/** `size` distinct invented persons, the same for the same seed. */
export function personPool(size: number, seed = 7): PoolPerson[] {
  const rand = mulberry32(seed);
  const seen = new Set<string>();
  const out: PoolPerson[] = [];
  while (out.length < size) {
    const given: [string, string] = [pick(GIVEN, rand), pick(GIVEN, rand)];
    const surnames: [string, string] = [pick(SURNAMES, rand), pick(SURNAMES, rand)];
    const key = [...given, ...surnames].join(' ');
    if (given[0] === given[1] || surnames[0] === surnames[1] || seen.has(key)) continue;
    seen.add(key);
    out.push({ given, surnames });
  }
  return out;
}
