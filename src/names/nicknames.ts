// Hypocoristics (pet forms) of given names, Spanish and English, written for this project:
// "Pepe" is José, "Chuy" is Jesús, "Bill" is William. Kept small and certain; a nickname
// with several readings ("Beto": Alberto, Roberto, Humberto) lists them all.

const TABLE: Record<string, string[]> = {
  // Spanish
  pepe: ['jose'], chepe: ['jose'], pepito: ['jose'], chema: ['jose'], paco: ['francisco'], pancho: ['francisco'],
  curro: ['francisco'], kiko: ['francisco', 'enrique'], chuy: ['jesus'], chucho: ['jesus'], lupe: ['guadalupe'],
  lupita: ['guadalupe'], memo: ['guillermo'], nacho: ['ignacio'], beto: ['alberto', 'roberto', 'humberto', 'norberto'],
  tito: ['alberto', 'roberto'], tono: ['antonio'], tonio: ['antonio'], lalo: ['eduardo'], quique: ['enrique'],
  kike: ['enrique'], chelo: ['consuelo', 'marcelo'], concha: ['concepcion'], conchita: ['concepcion'],
  nando: ['fernando'], fer: ['fernando'], rafa: ['rafael'], moncho: ['ramon'], goyo: ['gregorio'], charo: ['rosario'],
  chayo: ['rosario'], pili: ['pilar'], manolo: ['manuel'], manu: ['manuel'], poncho: ['alfonso'], toño: ['antonio'],
  chente: ['vicente'], chalo: ['gonzalo'], lencho: ['lorenzo'], licha: ['alicia'], meche: ['mercedes'],
  nacha: ['ignacia'], pancha: ['francisca'], paca: ['francisca'], quico: ['francisco'], santi: ['santiago'],
  tere: ['teresa'], tencha: ['hortensia'], trini: ['trinidad'], vicho: ['vicente'], juancho: ['juan'],
  chano: ['luciano', 'mariano'], chato: ['ignacio'], cuco: ['refugio'], cuquita: ['refugio'], lola: ['dolores'],
  nena: ['magdalena'], pita: ['guadalupe'], gaby: ['gabriela'], caro: ['carolina'], ale: ['alejandro', 'alejandra'],
  alex: ['alejandro', 'alexander', 'alexis'],
  // English
  bill: ['william'], billy: ['william'], will: ['william'], bob: ['robert'], bobby: ['robert'], rob: ['robert'],
  jim: ['james'], jimmy: ['james'], mike: ['michael'], mick: ['michael'], dick: ['richard'], rick: ['richard'],
  tom: ['thomas'], tommy: ['thomas'], tony: ['anthony', 'antonio'], joe: ['joseph', 'jose'], jack: ['john'],
  johnny: ['john'], dave: ['david'], steve: ['stephen', 'steven'], ed: ['edward'], eddie: ['edward'],
  ted: ['edward', 'theodore'], chuck: ['charles'], charlie: ['charles'], harry: ['henry', 'harold'],
  hank: ['henry'], larry: ['lawrence'], liz: ['elizabeth'], beth: ['elizabeth'], betty: ['elizabeth'],
  kate: ['katherine', 'catherine'], kathy: ['katherine', 'catherine'], peggy: ['margaret'], maggie: ['margaret'],
  sam: ['samuel', 'samantha'], ben: ['benjamin'], dan: ['daniel'], danny: ['daniel'], matt: ['matthew'],
  nick: ['nicholas'], pat: ['patrick', 'patricia'], patty: ['patricia'], sue: ['susan'], andy: ['andrew'],
  greg: ['gregory'], jeff: ['jeffrey'], jerry: ['gerald', 'jerome'], ken: ['kenneth'], ron: ['ronald'],
  don: ['donald'], fred: ['frederick'], frank: ['francis', 'franklin'], al: ['albert', 'alfred'],
};

const GROUPS = new Map<string, Set<string>>();
const REVERSE = new Map<string, Set<string>>();
for (const [nick, formals] of Object.entries(TABLE)) {
  const key = nick.normalize('NFD').replace(/\p{M}/gu, '');
  const set = GROUPS.get(key) ?? new Set<string>();
  for (const f of formals) {
    set.add(f);
    const back = REVERSE.get(f) ?? new Set<string>();
    back.add(key);
    REVERSE.set(f, back);
  }
  GROUPS.set(key, set);
}

/** True when one token is a known pet form of the other ("pepe"/"jose"), in either order. */
export function isNickname(a: string, b: string): boolean {
  return GROUPS.get(a)?.has(b) === true || GROUPS.get(b)?.has(a) === true;
}

/** Formal names a pet form stands for ("paco" → ["francisco"]); empty when none. */
export function formalNames(nick: string): readonly string[] {
  const set = GROUPS.get(nick);
  return set ? [...set] : [];
}

/** Names related as pet form and formal name, either way ("jose" → pepe, chepe…). */
export function relatedNames(name: string): readonly string[] {
  return [...(GROUPS.get(name) ?? []), ...(REVERSE.get(name) ?? [])];
}
