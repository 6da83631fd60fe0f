// The part of ActiveSupport's inflector that turns a model name into its table name, so a backfill
// (`OrderItem.update_all`) can be costed against the right table's size.

const UNCOUNTABLE = new Set([
  'equipment', 'information', 'rice', 'money', 'species', 'series', 'fish', 'sheep', 'jeans', 'police', 'metadata', 'data',
]);

const IRREGULAR: Record<string, string> = {
  person: 'people',
  man: 'men',
  woman: 'women',
  child: 'children',
  sex: 'sexes',
  move: 'moves',
  zombie: 'zombies',
  ox: 'oxen',
  mouse: 'mice',
  louse: 'lice',
  goose: 'geese',
  tooth: 'teeth',
  foot: 'feet',
};
const IRREGULAR_SINGULAR = Object.fromEntries(Object.entries(IRREGULAR).map(([singular, plural]) => [plural, singular]));

// ActiveSupport's rules, most specific first.
const PLURAL_RULES: [RegExp, string][] = [
  [/(quiz)$/, '$1zes'],
  [/(matr|vert|ind)(?:ix|ex)$/, '$1ices'],
  [/(x|ch|ss|sh)$/, '$1es'],
  [/([^aeiouy]|qu)y$/, '$1ies'],
  [/(hive)$/, '$1s'],
  [/(?:([^f])fe|([lr])f)$/, '$1$2ves'],
  [/sis$/, 'ses'],
  [/([ti])um$/, '$1a'],
  [/(buffal|tomat)o$/, '$1oes'],
  [/(bu)s$/, '$1ses'],
  [/(alias|status)$/, '$1es'],
  [/(octop|vir)us$/, '$1i'],
  [/(ax|test)is$/, '$1es'],
  [/s$/, 's'],
];

const SINGULAR_RULES: [RegExp, string][] = [
  [/(quiz)zes$/, '$1'],
  [/(matr)ices$/, '$1ix'],
  [/(vert|ind)ices$/, '$1ex'],
  [/(alias|status)(es)?$/, '$1'],
  [/(octop|vir)(us|i)$/, '$1us'],
  [/(cris|test)(is|es)$/, '$1is'],
  [/(x|ch|ss|sh)es$/, '$1'],
  [/(bus)(es)?$/, '$1'],
  [/(m)ovies$/, '$1ovie'],
  [/(s)eries$/, '$1eries'],
  [/([^aeiouy]|qu)ies$/, '$1y'],
  [/([lr])ves$/, '$1f'],
  [/(tive)s$/, '$1'],
  [/(hive)s$/, '$1'],
  [/([^f])ves$/, '$1fe'],
  [/(analy|ba|diagno|parenthe|progno|synop|the)(sis|ses)$/, '$1sis'],
  [/([ti])a$/, '$1um'],
  [/(n)ews$/, '$1ews'],
  [/(ss)$/, '$1'],
  [/s$/, ''],
];

export function pluralize(word: string): string {
  return inflectLastWord(word, (last) => {
    if (UNCOUNTABLE.has(last)) return last;
    if (IRREGULAR[last]) return IRREGULAR[last];
    for (const [pattern, replacement] of PLURAL_RULES) if (pattern.test(last)) return last.replace(pattern, replacement);
    return `${last}s`;
  });
}

export function singularize(word: string): string {
  return inflectLastWord(word, (last) => {
    if (UNCOUNTABLE.has(last)) return last;
    if (IRREGULAR_SINGULAR[last]) return IRREGULAR_SINGULAR[last];
    for (const [pattern, replacement] of SINGULAR_RULES) if (pattern.test(last)) return last.replace(pattern, replacement);
    return last;
  });
}

function inflectLastWord(word: string, inflect: (last: string) => string): string {
  const cut = word.lastIndexOf('_') + 1;
  return word.slice(0, cut) + inflect(word.slice(cut));
}

/** `OrderItem` → `order_item`. */
export function underscore(camel: string): string {
  return camel
    .replace(/([A-Z\d]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/**
 * `OrderItem` → `order_items`. A namespace (`Admin::Account`) is dropped: Rails only prefixes the
 * table when the namespace module defines `table_name_prefix`, which a migration cannot see.
 */
export function tableize(modelName: string): string {
  const base = modelName.slice(modelName.lastIndexOf('::') + 1).replace(/^:/, '');
  return pluralize(underscore(base));
}

/** Rails' `create_join_table :artists, :musics` name: sorted, with a shared prefix written once. */
export function joinTableName(first: string, second: string): string {
  const [a, b] = [first, second].sort();
  const sharedPrefix = /^(.*_)(.+)\0\1(.+)/.exec(`${a}\0${b}`);
  if (sharedPrefix) return `${sharedPrefix[1]}${sharedPrefix[2]}_${sharedPrefix[3]}`;
  return `${a}_${b}`;
}
