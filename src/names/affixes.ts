// Word lists the name parser drops or treats specially: honorifics and titles (English and
// Spanish), name particles, and legal forms of organizations. All entries are folded forms.

/** Titles and honorifics dropped from the start of a person's name ("Lic.", "Gral.", "Mr"). */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'dra', 'sr', 'sra', 'srta', 'don', 'dona', 'sir', 'dame', 'lord', 'lady',
  'lic', 'licenciado', 'licenciada', 'ing', 'ingeniero', 'ingeniera', 'arq', 'mtro', 'mtra', 'maestro', 'maestra',
  'prof', 'profesor', 'profesora', 'doctor', 'doctora', 'gral', 'general', 'gen', 'col', 'coronel', 'colonel',
  'cap', 'capt', 'capitan', 'captain', 'sgt', 'sargento', 'tte', 'teniente', 'cmdt', 'comandante', 'commander',
  'sen', 'senador', 'senadora', 'senator', 'dip', 'diputado', 'diputada', 'gob', 'gobernador', 'gobernadora',
  'governor', 'pres', 'presidente', 'presidenta', 'president', 'alcalde', 'alcaldesa', 'mayor', 'hon', 'rev',
  'fr', 'padre', 'father', 'sheikh', 'shaykh', 'sheik', 'haji', 'hajji', 'mullah', 'mawlawi', 'maulana',
]);

/**
 * Particles inside names ("de la Cruz", "al-Baghdadi", "van der Berg"). They carry almost no
 * identity and are often dropped or glued on ("Delacruz"), so matching ignores them; "el" is
 * also the Spanish article of nicknames ("El Chapo").
 */
export const PARTICLES = new Set([
  'de', 'del', 'la', 'las', 'los', 'lo', 'y', 'e', 'da', 'das', 'do', 'dos', 'di', 'du', 'des', 'le',
  'van', 'von', 'der', 'den', 'ter', 'ten', 'al', 'el', 'ul', 'ad', 'as', 'ash', 'at', 'az', 'ar',
]);

/** Legal-form words stripped from the end (or, for some, the start) of organization names. */
export const LEGAL_SUFFIXES = new Set([
  'sa', 'sab', 'sapi', 'sc', 'ac', 'cv', 'rl', 'srl', 'sas', 'sarl', 'spa', 'sl', 'slu', 'ltda', 'cia',
  'llc', 'ltd', 'limited', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'plc', 'lp', 'llp',
  'gmbh', 'ag', 'kg', 'bv', 'nv', 'oy', 'ab', 'as', 'asa', 'pte', 'pty', 'fze', 'fzco', 'fzc', 'fzllc', 'jsc',
  'pjsc', 'ojsc', 'cjsc', 'ooo', 'zao', 'oao', 'pao', 'ao', 'tov', 'sociedad', 'anonima', 'capital', 'variable',
  'responsabilidad', 'limitada', 'civil', 'asociacion', 'grupo', 'group', 'holding', 'holdings',
]);

/** Legal forms written before the name ("OOO Romashka", "PT Bank…"). */
export const LEGAL_PREFIXES = new Set(['ooo', 'zao', 'oao', 'pao', 'ao', 'tov', 'pt', 'jsc', 'pjsc', 'ojsc', 'cjsc', 'ip']);
