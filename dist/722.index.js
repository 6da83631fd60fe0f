export const id = 722;
export const ids = [722];
export const modules = {

/***/ 2722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRubyMigrationParser: () => (/* binding */ createRubyMigrationParser),
  parseRubyMigration: () => (/* binding */ parseRubyMigration)
});

// EXTERNAL MODULE: ./node_modules/@ruby/prism/src/nodes.js
var src_nodes = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/migration-parsers/ruby/irreversible.ts
const hasFromAndTo = (command) => command.options.has('from') && command.options.has('to');
const RULES = {
    remove_column: (command, op) => command.positional.length >= 2
        ? undefined
        : `\`remove_column\` without a type cannot be rolled back: Rails does not know how to re-create ${column(op)}. ` +
            `Write \`remove_column :${op.table ?? 'table'}, :${op.columns?.[0] ?? 'column'}, :<type>\` (with its options) so Rails can re-add it.`,
    remove_columns: (command, op) => command.options.has('type')
        ? undefined
        : `\`remove_columns\` without \`type:\` cannot be rolled back: Rails does not know how to re-create ${columns(op)}. ` +
            `Add \`type: :<type>\` so Rails can re-add them, or define \`up\` and \`down\`.`,
    change_column: (_command, op) => `\`change_column\` in \`change\` cannot be rolled back: Rails does not know the type ${column(op)} had before. ` +
        'Define `up` (the new type) and `down` (the old type) instead.',
    change_column_default: (command, op) => hasFromAndTo(command)
        ? undefined
        : `\`change_column_default\` without \`from:\` and \`to:\` cannot be rolled back: Rails does not know the old default of ${column(op)}. ` +
            `Write \`change_column_default :${op.table ?? 'table'}, :${op.columns?.[0] ?? 'column'}, from: <old>, to: <new>\`.`,
    change_column_comment: (command, op) => hasFromAndTo(command)
        ? undefined
        : `\`change_column_comment\` without \`from:\` and \`to:\` cannot be rolled back: Rails does not know the old comment of ${column(op)}. Pass \`from:\` and \`to:\`.`,
    change_table_comment: (command, op) => hasFromAndTo(command)
        ? undefined
        : `\`change_table_comment\` without \`from:\` and \`to:\` cannot be rolled back: Rails does not know the old comment of ${table(op)}. Pass \`from:\` and \`to:\`.`,
    execute: () => '`execute` in `change` cannot be rolled back: Rails cannot invert SQL. ' +
        'Wrap it in `reversible do |dir| dir.up { execute ... }; dir.down { execute ... } end`, or define `up` and `down`.',
    drop_table: (command, op) => {
        if (command.positional.length > 0) {
            return '`drop_table` with several tables cannot be rolled back: Rails only re-creates a single table. Drop them one by one, each with its definition as a block.';
        }
        const options = [...command.options.keys()].filter((key) => key !== 'if_exists');
        if (options.length > 0 || command.hasBlock)
            return undefined;
        return (`\`drop_table\` without a block cannot be rolled back: Rails does not know how to re-create ${table(op)}. ` +
            `Pass its definition as a block (\`drop_table :${op.table ?? 'table'} do |t| ... end\`), or define \`up\` and \`down\`.`);
    },
    remove_index: (command, op) => command.positional.length > 0 || command.options.has('column')
        ? undefined
        : `\`remove_index\` by name only cannot be rolled back: Rails does not know which columns to index again on ${table(op)}. ` +
            'Pass the columns (`remove_index :table, column: :col, name: ...`).',
    remove_foreign_key: (command, op) => command.positional.length > 0 || command.options.has('to_table')
        ? undefined
        : `\`remove_foreign_key\` without the referenced table cannot be rolled back: Rails does not know what the key on ${table(op)} pointed to. ` +
            `Write \`remove_foreign_key :${op.table ?? 'table'}, :<referenced_table>\` (with \`column:\` if it is not the default).`,
    remove_check_constraint: (command, op) => command.positional.length > 0
        ? undefined
        : `\`remove_check_constraint\` without the expression cannot be rolled back: Rails does not know the condition to add back on ${table(op)}. ` +
            'Pass the expression: `remove_check_constraint :table, "price > 0", name: "..."`.',
    remove_exclusion_constraint: (command, op) => command.positional.length > 0
        ? undefined
        : `\`remove_exclusion_constraint\` without the expression cannot be rolled back on ${table(op)}. Pass the expression and its options.`,
    remove_unique_constraint: (command, op) => command.positional.length > 0
        ? undefined
        : `\`remove_unique_constraint\` without the columns cannot be rolled back on ${table(op)}. Pass the columns: \`remove_unique_constraint :table, [:col], name: "..."\`.`,
    add_unique_constraint: (command, op) => command.options.has('using_index')
        ? `\`add_unique_constraint\` with \`using_index:\` cannot be rolled back on ${table(op)}: the index it takes over is not re-created. Define \`up\` and \`down\`.`
        : undefined,
    drop_enum: (command) => command.positional.length > 0
        ? undefined
        : '`drop_enum` without its values cannot be rolled back: Rails does not know the values to re-create. Pass them: `drop_enum :status, ["a", "b"]`.',
    rename_enum_value: (command) => hasFromAndTo(command) ? undefined : '`rename_enum_value` without `from:` and `to:` cannot be rolled back. Pass both.',
    add_enum_value: () => '`add_enum_value` cannot be rolled back: PostgreSQL cannot remove a value from an enum. Define `up` and `down` (down: recreate the type).',
};
/**
 * Why a rollback of `change` cannot undo this operation; undefined when it can. `command` is what
 * the CommandRecorder records; data changes and unknown calls have none, because Rails does not
 * record them: they run again, on the way down, instead of being undone.
 */
function reasonCannotBeUndone(command, op) {
    if (!command) {
        if (op.kind === 'unknown') {
            return {
                message: `unknown call \`${op.method ?? 'call'}\` in \`change\`: cannot know how to undo it. ` +
                    'Define `up` and `down`, or wrap it in `reversible` with a `dir.down` that undoes it.',
                line: op.line,
            };
        }
        return op.kind === 'backfill' ? dataChangeInChange(op) : undefined;
    }
    const message = RULES[command.method]?.(command, op);
    return message === undefined ? undefined : { message, line: op.line };
}
function dataChangeInChange(op) {
    return {
        message: `data change \`${op.code}\` in \`change\` cannot be rolled back: Rails does not record it, so a rollback runs it again instead of undoing it. ` +
            'Move it to `up`/`down`, or into `reversible do |dir| dir.up { ... } end` with a `dir.down` that undoes it.',
        line: op.line,
    };
}
function upWithoutDown(line) {
    return {
        message: 'the migration defines `up` but no `down`: a rollback silently does nothing and leaves the schema changed. ' +
            'Add a `down` that undoes `up`, or write the migration as `change` with reversible commands.',
        line,
    };
}
function downRaisesIrreversible(line) {
    return {
        message: '`down` raises ActiveRecord::IrreversibleMigration: this migration is declared irreversible and a rollback stops here. ' +
            'Write a `down` that undoes `up` if the change can be undone.',
        line,
    };
}
function reversibleUpWithoutDown(op) {
    return {
        message: `\`reversible\` runs \`${op.code}\` in \`dir.up\` but has no \`dir.down\`: a rollback leaves it in place. ` +
            'Add `dir.down { ... }` that undoes it.',
        line: op.line,
    };
}
function cannotRevert(op, original) {
    return {
        message: `\`revert\` cannot invert \`${original}\`: the migration fails when it runs. ` +
            'Write the inverse command yourself instead of wrapping this one in `revert`.',
        line: op.line,
    };
}
function table(op) {
    return op.table ? `table ${op.table}` : 'the table';
}
function column(op) {
    const name = op.columns?.[0];
    return name && op.table ? `${op.table}.${name}` : name ? `column ${name}` : 'the column';
}
function columns(op) {
    return op.columns?.length ? `${op.table ? `${op.table}.` : ''}${op.columns.join(', ')}` : 'the columns';
}

;// CONCATENATED MODULE: ./src/migration-parsers/ruby/inflector.ts
// The part of ActiveSupport's inflector that turns a model name into its table name, so a backfill
// (`OrderItem.update_all`) can be costed against the right table's size.
const UNCOUNTABLE = new Set([
    'equipment', 'information', 'rice', 'money', 'species', 'series', 'fish', 'sheep', 'jeans', 'police', 'metadata', 'data',
]);
const IRREGULAR = {
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
const PLURAL_RULES = [
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
const SINGULAR_RULES = [
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
function pluralize(word) {
    return inflectLastWord(word, (last) => {
        if (UNCOUNTABLE.has(last))
            return last;
        if (IRREGULAR[last])
            return IRREGULAR[last];
        for (const [pattern, replacement] of PLURAL_RULES)
            if (pattern.test(last))
                return last.replace(pattern, replacement);
        return `${last}s`;
    });
}
function singularize(word) {
    return inflectLastWord(word, (last) => {
        if (UNCOUNTABLE.has(last))
            return last;
        if (IRREGULAR_SINGULAR[last])
            return IRREGULAR_SINGULAR[last];
        for (const [pattern, replacement] of SINGULAR_RULES)
            if (pattern.test(last))
                return last.replace(pattern, replacement);
        return last;
    });
}
function inflectLastWord(word, inflect) {
    const cut = word.lastIndexOf('_') + 1;
    return word.slice(0, cut) + inflect(word.slice(cut));
}
/** `OrderItem` → `order_item`. */
function underscore(camel) {
    return camel
        .replace(/([A-Z\d]+)([A-Z][a-z])/g, '$1_$2')
        .replace(/([a-z\d])([A-Z])/g, '$1_$2')
        .toLowerCase();
}
/**
 * `OrderItem` → `order_items`. A namespace (`Admin::Account`) is dropped: Rails only prefixes the
 * table when the namespace module defines `table_name_prefix`, which a migration cannot see.
 */
function tableize(modelName) {
    const base = modelName.slice(modelName.lastIndexOf('::') + 1).replace(/^:/, '');
    return pluralize(underscore(base));
}
/** Rails' `create_join_table :artists, :musics` name: sorted, with a shared prefix written once. */
function joinTableName(first, second) {
    const [a, b] = [first, second].sort();
    const sharedPrefix = /^(.*_)(.+)\0\1(.+)/.exec(`${a}\0${b}`);
    if (sharedPrefix)
        return `${sharedPrefix[1]}${sharedPrefix[2]}_${sharedPrefix[3]}`;
    return `${a}_${b}`;
}

;// CONCATENATED MODULE: ./src/migration-parsers/ruby/ruby-values.ts
// Reading the static values a migration passes to the DSL (symbols, strings, literals, option
// hashes) out of prism nodes. Anything dynamic reads as undefined: callers must not guess.

const NO_OPTIONS = new Map();
function callArguments(call) {
    const nodes = call.arguments_?.arguments_ ?? [];
    const last = nodes[nodes.length - 1];
    let positional = nodes;
    let options = NO_OPTIONS;
    if (last instanceof src_nodes/* KeywordHashNode */.w3 || last instanceof src_nodes/* HashNode */.te) {
        positional = nodes.slice(0, -1);
        options = hashOptions(last);
    }
    return { positional, options, block: call.block instanceof src_nodes/* BlockNode */.ub ? call.block : null };
}
function hashOptions(hash) {
    const options = new Map();
    for (const element of hash.elements) {
        if (!(element instanceof src_nodes/* AssocNode */.Kc))
            continue;
        const key = symbolOrString(element.key);
        if (key !== undefined)
            options.set(key, element.value);
    }
    return options;
}
/** `:users` or `"users"` → `users`; anything computed → undefined. */
function symbolOrString(node) {
    if (node instanceof src_nodes/* SymbolNode */.Lz || node instanceof src_nodes/* StringNode */.k7)
        return node.unescaped.value;
    return undefined;
}
/**
 * A string's text when it is fully known: plain strings, `%q{}`, heredocs (prism hands a heredoc
 * over as parts), and `<<~SQL.squish`-style cleanups. Interpolation (`#{}`) makes it unknown.
 */
function staticString(node) {
    if (node instanceof src_nodes/* StringNode */.k7)
        return node.unescaped.value;
    if (node instanceof src_nodes/* InterpolatedStringNode */.h8) {
        let text = '';
        for (const part of node.parts) {
            const piece = staticString(part);
            if (piece === undefined)
                return undefined;
            text += piece;
        }
        return text;
    }
    if (node instanceof src_nodes/* CallNode */.Fo && !node.arguments_ && STRING_CLEANUPS.has(node.name)) {
        const text = staticString(node.receiver);
        if (text === undefined)
            return undefined;
        return node.name === 'squish' || node.name === 'squish!' ? text.trim().replace(/\s+/g, ' ') : text.trim();
    }
    if (node instanceof src_nodes/* ParenthesesNode */.RB && node.body instanceof src_nodes/* StatementsNode */.Z$ && node.body.body.length === 1) {
        return staticString(node.body.body[0]);
    }
    return undefined;
}
const STRING_CLEANUPS = new Set(['squish', 'squish!', 'strip', 'strip_heredoc', 'chomp', 'freeze', 'dup']);
/** A column list: `:email`, `"lower(email)"`, `[:a, :b]`, `%i[a b]`. */
function columnList(node) {
    const single = symbolOrString(node);
    if (single !== undefined)
        return [single];
    const elements = node instanceof src_nodes/* ArrayNode */._7 ? node.elements : node instanceof src_nodes/* SplatNode */.bO ? arrayElements(node.expression) : undefined;
    if (!elements)
        return undefined;
    const columns = [];
    for (const element of elements) {
        const name = symbolOrString(element);
        if (name === undefined)
            return undefined;
        columns.push(name);
    }
    return columns;
}
function arrayElements(node) {
    return node instanceof src_nodes/* ArrayNode */._7 ? node.elements : undefined;
}
/** `true`/`false` literals; anything else (a variable, a hash) → undefined. */
function booleanLiteral(node) {
    if (node instanceof src_nodes/* TrueNode */.ZU)
        return true;
    if (node instanceof src_nodes/* FalseNode */.Ku)
        return false;
    return undefined;
}
/** Ruby truthiness of a literal option: only `nil` and `false` are falsy; absent → undefined. */
function isTruthyOption(node) {
    if (node === undefined)
        return undefined;
    return !(node instanceof src_nodes/* NilNode */.Kw || node instanceof src_nodes/* FalseNode */.Ku);
}
function literalValue(node) {
    if (node instanceof src_nodes/* StringNode */.k7 || node instanceof src_nodes/* SymbolNode */.Lz)
        return { known: true, value: node.unescaped.value };
    if (node instanceof src_nodes/* IntegerNode */.DV || node instanceof src_nodes/* FloatNode */.VK)
        return { known: true, value: node.value };
    if (node instanceof src_nodes/* TrueNode */.ZU)
        return { known: true, value: true };
    if (node instanceof src_nodes/* FalseNode */.Ku)
        return { known: true, value: false };
    if (node instanceof src_nodes/* NilNode */.Kw)
        return { known: true, value: null };
    const text = staticString(node);
    if (text !== undefined)
        return { known: true, value: text };
    return { known: false };
}
/**
 * `default: 0` is a constant; `default: -> { "now()" }` is SQL the database evaluates; anything
 * else (a constant's name, `SecureRandom.uuid`) is Ruby the gate cannot evaluate.
 */
function columnDefault(node, text) {
    const literal = literalValue(node);
    if (literal.known)
        return { kind: 'constant', value: literal.value };
    if (node instanceof src_nodes/* LambdaNode */.U_ && node.body instanceof src_nodes/* StatementsNode */.Z$ && node.body.body.length === 1) {
        const sql = staticString(node.body.body[0]);
        if (sql !== undefined)
            return { kind: 'sql', sql };
    }
    return { kind: 'expression', code: text.slice(node.location.startOffset, node.location.length) };
}
/** `Admin::Account` → `Admin::Account`; a dynamic path (`foo::Bar`) → undefined. */
function constantName(node) {
    if (node instanceof src_nodes/* ConstantReadNode */.Nq)
        return node.name;
    if (node instanceof src_nodes/* ConstantPathNode */.M4) {
        if (node.name === null)
            return undefined;
        if (node.parent === null)
            return node.name;
        const parent = constantName(node.parent);
        return parent === undefined ? undefined : `${parent}::${node.name}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/migration-parsers/ruby/model-calls.ts
// Calls on ActiveRecord models inside a migration (`User.where(...).update_all(...)`,
// `Order.find_each { ... }`): data changes whose cost is the size of the model's table.



const DATA_CHANGES = new Set([
    'update_all', 'delete_all', 'destroy_all', 'touch_all', 'update_counters', 'increment_counter', 'decrement_counter',
    'update', 'update!', 'update_column', 'update_columns', 'update_attribute', 'delete', 'destroy', 'destroy!', 'save', 'save!',
    'insert', 'insert!', 'insert_all', 'insert_all!', 'upsert', 'upsert_all', 'create', 'create!', 'find_or_create_by',
    'find_or_create_by!', 'create_or_find_by', 'create_or_find_by!', 'first_or_create', 'first_or_create!',
    // Iterating a model in a migration is done to change rows; what the block does is row-by-row Ruby.
    'in_batches', 'find_each', 'find_in_batches', 'each', 'each_with_index', 'map', 'each_slice', 'find_each_with_index',
]);
/** Methods that narrow which rows a later data change touches. */
const NARROWING = new Set([
    'where', 'not', 'rewhere', 'find', 'find_by', 'find_by!', 'first', 'last', 'take', 'limit', 'excluding', 'without', 'joins',
    'find_sole_by', 'sole', 'invert_where', 'or', 'and', 'merge', 'none',
]);
/** Questions and scope-building that change nothing by themselves. */
const READS = new Set([
    'all', 'unscoped', 'order', 'reorder', 'select', 'includes', 'preload', 'eager_load', 'references', 'distinct', 'group',
    'having', 'offset', 'readonly', 'lock', 'count', 'pluck', 'pick', 'ids', 'exists?', 'any?', 'none?', 'empty?', 'size',
    'sum', 'minimum', 'maximum', 'average', 'calculate', 'to_a', 'load', 'reset_column_information', 'table_name',
    'column_names', 'columns', 'columns_hash', 'primary_key', 'reload_schema_from_cache', 'table_exists?', 'name', 'inspect',
]);
/** Constants a migration calls that are not models. */
const NOT_MODELS = new Set(['Rails', 'ActiveRecord::Base', 'ActiveRecord::Migration', 'Logger', 'STDOUT', 'STDERR', 'Time', 'Date', 'DateTime', 'SecureRandom', 'Kernel', 'File', 'Dir', 'JSON', 'YAML', 'ENV']);
/**
 * Classifies a call chain by its root. `models` maps model classes defined in the migration file
 * to their tables (`self.table_name` wins there); other model names are tableized.
 */
function classifyModelCall(call, models, locals) {
    const chain = [];
    let root = call;
    while (root instanceof src_nodes/* CallNode */.Fo) {
        chain.push(root.name);
        root = root.receiver;
    }
    chain.reverse();
    let scope;
    if (root instanceof src_nodes/* LocalVariableReadNode */.cr)
        scope = locals.get(root.name);
    else if (root instanceof src_nodes/* ConstantReadNode */.Nq || root instanceof src_nodes/* ConstantPathNode */.M4) {
        const name = constantName(root);
        if (name !== undefined && !NOT_MODELS.has(name)) {
            const shortName = name.slice(name.lastIndexOf(':') + 1);
            scope = { table: models.get(shortName) ?? tableize(name), partial: false };
        }
    }
    if (!scope)
        return { kind: 'not-a-model' };
    if (chain.includes('connection'))
        return { kind: 'not-a-model' };
    let partial = scope.partial;
    for (const method of chain) {
        if (NARROWING.has(method))
            partial = true;
        if (DATA_CHANGES.has(method))
            return { kind: 'data-change', table: scope.table, partial, method };
    }
    const unknown = chain.find((method) => !READS.has(method) && !NARROWING.has(method));
    if (unknown !== undefined)
        return { kind: 'unknown', method: unknown, table: scope.table };
    return { kind: 'read', scope: { table: scope.table, partial } };
}

;// CONCATENATED MODULE: ./src/migration-parsers/ruby/prism.ts
let loading;
/**
 * The prism parse function. Compiling the WebAssembly module takes tens of milliseconds, so it is
 * done on first use and shared; a benchmark can time `parse` alone through this.
 */
function loadRubyParser() {
    loading ??= loadQuietly().catch((error) => {
        // A failed load must not poison every later call with the same rejected promise.
        loading = undefined;
        throw error;
    });
    return loading;
}
async function loadQuietly() {
    const parse = await withoutWasiWarning(async () => {
        const prism = await __webpack_require__.e(/* import() */ 521).then(__webpack_require__.bind(__webpack_require__, 2521));
        return prism.loadPrism();
    });
    return (source) => parse(source);
}
/**
 * Node prints "ExperimentalWarning: WASI is an experimental feature" when prism creates its WASI
 * instance; in an Action log that line reads like a problem with the deploy. Only that one warning
 * is swallowed, and only while loading, so every other warning still reaches the user.
 */
async function withoutWasiWarning(load) {
    const original = process.emitWarning;
    const filtered = function (warning, ...rest) {
        if (isWasiExperimentalWarning(warning, rest))
            return;
        original.call(process, warning, ...rest);
    };
    process.emitWarning = filtered;
    try {
        return await load();
    }
    finally {
        process.emitWarning = original;
    }
}
function isWasiExperimentalWarning(warning, rest) {
    const message = typeof warning === 'string' ? warning : warning.message;
    const type = typeof warning === 'string'
        ? typeof rest[0] === 'string'
            ? rest[0]
            : rest[0]?.type
        : warning.name;
    return type === 'ExperimentalWarning' && /\bWASI\b/.test(message);
}

;// CONCATENATED MODULE: ./src/migration-parsers/ruby/revert.ts
const OPPOSITES = {};
for (const [a, b] of [
    ['add_column', 'remove_column'],
    ['create_table', 'drop_table'],
    ['add_index', 'remove_index'],
    ['add_reference', 'remove_reference'],
    ['add_foreign_key', 'remove_foreign_key'],
    ['add_timestamps', 'remove_timestamps'],
    ['add_check_constraint', 'remove_check_constraint'],
    ['add_unique_constraint', 'remove_unique_constraint'],
    ['add_exclusion_constraint', 'remove_exclusion_constraint'],
]) {
    OPPOSITES[a] = b;
    OPPOSITES[b] = a;
}
const CATALOG_OPPOSITES = {
    enable_extension: 'disable_extension',
    disable_extension: 'enable_extension',
    create_enum: 'drop_enum',
    drop_enum: 'create_enum',
    create_schema: 'drop_schema',
    drop_schema: 'create_schema',
};
/** The operation `revert` runs for `op`; undefined when ActiveRecord has no inverse for it. */
function invertOperation(op) {
    const opposite = OPPOSITES[op.kind];
    if (opposite) {
        const inverse = { ...op, kind: opposite };
        // Rails drops `validate: false` when it removes a constraint: there is nothing to validate.
        if (opposite.startsWith('remove_'))
            delete inverse.validate;
        return inverse;
    }
    switch (op.kind) {
        case 'rename_column':
            return op.columns ? { ...op, columns: [...op.columns].reverse() } : { ...op };
        case 'rename_table':
            return op.table && op.otherTable ? { ...op, table: op.otherTable, otherTable: op.table } : undefined;
        case 'change_column_null':
            return op.nullable === undefined ? { ...op } : { ...op, nullable: !op.nullable };
        case 'rename_index':
            return { ...op };
        case 'sql_metadata': {
            const method = op.method ? CATALOG_OPPOSITES[op.method] : undefined;
            return method ? { ...op, method } : undefined;
        }
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/migration-parsers/ruby/schema-commands.ts
// ActiveRecord's schema DSL (add_column, add_index, change_table's `t.string` ...) turned into
// operations. Each command is written once, for the argument list after the table name, so the
// top-level form (`add_index :users, :email`) and the change_table form (`t.index :email`) share it.



const COLUMN_TYPES = new Set([
    'primary_key', 'string', 'text', 'integer', 'bigint', 'float', 'decimal', 'numeric', 'datetime', 'timestamp', 'time',
    'date', 'binary', 'blob', 'boolean', 'json', 'virtual',
    // PostgreSQL adapter
    'jsonb', 'uuid', 'citext', 'hstore', 'inet', 'cidr', 'macaddr', 'bit', 'bit_varying', 'money', 'interval', 'xml',
    'tsvector', 'ltree', 'point', 'line', 'lseg', 'box', 'path', 'polygon', 'circle', 'daterange', 'numrange', 'tsrange',
    'tstzrange', 'int4range', 'int8range', 'oid', 'serial', 'bigserial', 'timestamptz', 'enum',
    // MySQL adapter
    'tinyblob', 'mediumblob', 'longblob', 'tinytext', 'mediumtext', 'longtext', 'unsigned_integer', 'unsigned_bigint',
    'unsigned_float', 'unsigned_decimal',
]);
const MYSQL_ALGORITHMS = new Set(['instant', 'inplace', 'copy']);
function applyColumnOptions(op, options, text) {
    const defaultValue = options.get('default');
    if (defaultValue)
        op.default = columnDefault(defaultValue, text);
    const nullable = booleanLiteral(options.get('null'));
    if (nullable !== undefined)
        op.nullable = nullable;
    applyAlgorithm(op, options);
}
function applyAlgorithm(op, options) {
    const algorithm = symbolOrString(options.get('algorithm'));
    if (algorithm === 'concurrently')
        op.concurrently = true;
    else if (algorithm && MYSQL_ALGORITHMS.has(algorithm))
        op.mysqlAlgorithm = algorithm;
}
function typeName(node) {
    return symbolOrString(node)?.toLowerCase();
}
function withTable(op, table) {
    if (table !== undefined)
        op.table = table;
    return op;
}
/**
 * `:string, limit: 100` is `string(100)`: the limit decides whether a later type change is
 * binary-coercible (varchar(100) to varchar(255) is; to varchar(50) is not).
 */
function sizedType(type, options) {
    const limitNode = options.get('limit');
    const limit = limitNode ? literalValue(limitNode) : undefined;
    if (type === undefined || !limit?.known || typeof limit.value !== 'number')
        return type;
    return `${type}(${limit.value})`;
}
function addColumn(input, name, type) {
    const op = withTable(input.make('add_column'), input.table);
    if (name !== undefined)
        op.columns = [name];
    type = sizedType(type, input.options);
    if (type !== undefined)
        op.columnType = type;
    applyColumnOptions(op, input.options, input.text);
    return op;
}
function referenceColumns(name, options) {
    if (name === undefined)
        return undefined;
    return isTruthyOption(options.get('polymorphic')) ? [`${name}_id`, `${name}_type`] : [`${name}_id`];
}
function reference(kind, input, name) {
    const op = withTable(input.make(kind), input.table);
    const columns = referenceColumns(name, input.options);
    if (columns)
        op.columns = columns;
    const type = typeName(input.options.get('type'));
    if (type)
        op.columnType = type;
    const nullable = booleanLiteral(input.options.get('null'));
    if (nullable !== undefined)
        op.nullable = nullable;
    // `index:` defaults to true; a hash (`index: { algorithm: :concurrently, unique: true }`) means yes, with options.
    const index = input.options.get('index');
    op.index = isTruthyOption(index) ?? true;
    if (index instanceof src_nodes/* HashNode */.te || index instanceof src_nodes/* KeywordHashNode */.w3) {
        const indexOptions = hashOptions(index);
        applyAlgorithm(op, indexOptions);
        if (isTruthyOption(indexOptions.get('unique')))
            op.unique = true;
    }
    const foreignKey = input.options.get('foreign_key');
    op.foreignKey = isTruthyOption(foreignKey) ?? false;
    if (op.foreignKey) {
        const target = foreignKey instanceof src_nodes/* HashNode */.te || foreignKey instanceof src_nodes/* KeywordHashNode */.w3
            ? symbolOrString(hashOptions(foreignKey).get('to_table'))
            : undefined;
        const otherTable = target ?? (name !== undefined ? pluralize(name) : undefined);
        if (otherTable)
            op.otherTable = otherTable;
        if (foreignKey instanceof src_nodes/* HashNode */.te || foreignKey instanceof src_nodes/* KeywordHashNode */.w3) {
            const validate = booleanLiteral(hashOptions(foreignKey).get('validate'));
            if (validate !== undefined)
                op.validate = validate;
        }
    }
    return op;
}
function foreignKey(kind, input) {
    const op = withTable(input.make(kind), input.table);
    const target = symbolOrString(input.rest[0]) ?? symbolOrString(input.options.get('to_table'));
    if (target !== undefined)
        op.otherTable = target;
    const column = columnList(input.options.get('column'));
    if (column)
        op.columns = column;
    else if (target !== undefined && kind === 'add_foreign_key')
        op.columns = [`${singularize(target)}_id`];
    const validate = booleanLiteral(input.options.get('validate'));
    if (validate !== undefined)
        op.validate = validate;
    return op;
}
function simple(kind, columnsFrom) {
    return (input) => {
        const op = withTable(input.make(kind), input.table);
        const columns = columnsFrom?.(input);
        if (columns)
            op.columns = columns;
        const validate = booleanLiteral(input.options.get('validate'));
        if (validate !== undefined)
            op.validate = validate;
        return [op];
    };
}
const firstColumn = (input) => columnList(input.rest[0]);
/** Builders by the CommandRecorder's name for the command; the input's `rest` follows the table name. */
const BUILDERS = {
    add_column: (input) => [addColumn(input, symbolOrString(input.rest[0]), typeName(input.rest[1]))],
    remove_column: (input) => {
        const op = withTable(input.make('remove_column'), input.table);
        const name = symbolOrString(input.rest[0]);
        if (name !== undefined)
            op.columns = [name];
        const type = typeName(input.rest[1]);
        if (type !== undefined)
            op.columnType = type;
        return [op];
    },
    remove_columns: (input) => {
        const op = withTable(input.make('remove_column'), input.table);
        op.columns = input.rest.flatMap((node) => columnList(node) ?? []);
        const type = typeName(input.options.get('type'));
        if (type !== undefined)
            op.columnType = type;
        return [op];
    },
    change_column: (input) => {
        const op = withTable(input.make('change_column'), input.table);
        const name = symbolOrString(input.rest[0]);
        if (name !== undefined)
            op.columns = [name];
        const type = sizedType(typeName(input.rest[1]), input.options);
        if (type !== undefined)
            op.columnType = type;
        applyColumnOptions(op, input.options, input.text);
        return [op];
    },
    change_column_default: (input) => {
        const op = withTable(input.make('change_column_default'), input.table);
        const name = symbolOrString(input.rest[0]);
        if (name !== undefined)
            op.columns = [name];
        const value = input.rest[1] ?? input.options.get('to');
        if (value)
            op.default = columnDefault(value, input.text);
        return [op];
    },
    change_column_null: (input) => {
        const name = symbolOrString(input.rest[0]);
        const op = withTable(input.make('change_column_null'), input.table);
        if (name !== undefined)
            op.columns = [name];
        const nullable = booleanLiteral(input.rest[1]);
        if (nullable !== undefined)
            op.nullable = nullable;
        // The 4th argument makes Rails first UPDATE ... SET col = default WHERE col IS NULL.
        const fill = input.rest[2];
        if (!fill)
            return [op];
        const backfill = withTable(input.make('backfill'), input.table);
        if (name !== undefined)
            backfill.columns = [name];
        backfill.partial = true;
        backfill.default = columnDefault(fill, input.text);
        return [backfill, op];
    },
    rename_column: (input) => {
        const op = withTable(input.make('rename_column'), input.table);
        const from = symbolOrString(input.rest[0]);
        const to = symbolOrString(input.rest[1]);
        if (from !== undefined && to !== undefined)
            op.columns = [from, to];
        return [op];
    },
    add_index: (input) => {
        const op = withTable(input.make('add_index'), input.table);
        const columns = columnList(input.rest[0]);
        if (columns)
            op.columns = columns;
        op.unique = isTruthyOption(input.options.get('unique')) ?? false;
        op.concurrently = false;
        applyAlgorithm(op, input.options);
        return [op];
    },
    remove_index: (input) => {
        const op = withTable(input.make('remove_index'), input.table);
        const columns = columnList(input.rest[0]) ?? columnList(input.options.get('column'));
        if (columns)
            op.columns = columns;
        op.concurrently = false;
        applyAlgorithm(op, input.options);
        return [op];
    },
    rename_index: simple('rename_index'),
    add_reference: (input) => input.rest.map((node) => reference('add_reference', input, symbolOrString(node))),
    remove_reference: (input) => input.rest.map((node) => reference('remove_reference', input, symbolOrString(node))),
    add_foreign_key: (input) => [foreignKey('add_foreign_key', input)],
    remove_foreign_key: (input) => [foreignKey('remove_foreign_key', input)],
    validate_foreign_key: (input) => [foreignKey('validate_foreign_key', input)],
    add_check_constraint: simple('add_check_constraint'),
    remove_check_constraint: simple('remove_check_constraint'),
    validate_check_constraint: simple('validate_check_constraint'),
    validate_constraint: simple('validate_constraint'),
    remove_constraint: simple('remove_constraint'),
    add_unique_constraint: (input) => {
        const [op] = simple('add_unique_constraint', firstColumn)(input);
        op.unique = true;
        return [op];
    },
    remove_unique_constraint: simple('remove_unique_constraint', firstColumn),
    add_exclusion_constraint: simple('add_exclusion_constraint'),
    remove_exclusion_constraint: simple('remove_exclusion_constraint'),
    add_timestamps: (input) => {
        const op = withTable(input.make('add_timestamps'), input.table);
        op.columns = ['created_at', 'updated_at'];
        applyColumnOptions(op, input.options, input.text);
        return [op];
    },
    remove_timestamps: (input) => {
        const op = withTable(input.make('remove_timestamps'), input.table);
        op.columns = ['created_at', 'updated_at'];
        return [op];
    },
    change_table_comment: simple('change_table_comment'),
    change_column_comment: simple('change_column_comment', firstColumn),
    rename_table: (input) => {
        const op = withTable(input.make('rename_table'), input.table);
        const to = symbolOrString(input.rest[0]);
        if (to !== undefined)
            op.otherTable = to;
        return [op];
    },
    drop_table: (input) => {
        const op = withTable(input.make('drop_table'), input.table);
        return [op, ...input.rest.map((node) => withTable(input.make('drop_table'), symbolOrString(node)))];
    },
};
// Commands whose first argument is not a table (extensions, enums, schemas): catalog-only changes.
const CATALOG_COMMANDS = new Set([
    'enable_extension', 'disable_extension', 'create_enum', 'drop_enum', 'rename_enum', 'add_enum_value',
    'rename_enum_value', 'create_schema', 'drop_schema',
]);
/** `belongs_to` is an alias the recorder knows under the `reference` name. */
const ALIASES = {
    add_belongs_to: 'add_reference',
    remove_belongs_to: 'remove_reference',
};
/** Reads a top-level migration command (`add_index :users, :email`); undefined when it is not schema DSL. */
function migrationCommand(call, make, text) {
    const method = ALIASES[call.name] ?? call.name;
    const args = callArguments(call);
    if (CATALOG_COMMANDS.has(method)) {
        const op = make('sql_metadata');
        op.method = method;
        return [{ op, command: recorded(method, args.positional, args) }];
    }
    if (method === 'create_table')
        return createTable(args, make, text);
    if (method === 'create_join_table' || method === 'drop_join_table')
        return joinTable(method, args, make);
    if (method === 'change_table')
        return undefined; // its block is walked by the caller
    const builder = BUILDERS[method];
    if (!builder)
        return undefined;
    const table = symbolOrString(args.positional[0]);
    const rest = args.positional.slice(1);
    const input = { method, table, rest, options: args.options, hasBlock: args.block !== null, block: args.block, make, text };
    return builder(input).map((op) => ({ op, command: recorded(method, rest, args) }));
}
function recorded(method, positional, args) {
    return { method, positional, options: args.options, hasBlock: args.block !== null };
}
/** `t.<method>` inside `change_table`: the same commands with the table implied. */
const TABLE_METHODS = {
    column: 'add_column',
    index: 'add_index',
    remove_index: 'remove_index',
    rename_index: 'rename_index',
    references: 'add_reference',
    belongs_to: 'add_reference',
    remove_references: 'remove_reference',
    remove_belongs_to: 'remove_reference',
    timestamps: 'add_timestamps',
    remove_timestamps: 'remove_timestamps',
    remove: 'remove_columns',
    rename: 'rename_column',
    change: 'change_column',
    change_default: 'change_column_default',
    change_null: 'change_column_null',
    check_constraint: 'add_check_constraint',
    remove_check_constraint: 'remove_check_constraint',
    validate_check_constraint: 'validate_check_constraint',
    validate_constraint: 'validate_constraint',
    foreign_key: 'add_foreign_key',
    remove_foreign_key: 'remove_foreign_key',
    validate_foreign_key: 'validate_foreign_key',
    unique_constraint: 'add_unique_constraint',
    remove_unique_constraint: 'remove_unique_constraint',
    exclusion_constraint: 'add_exclusion_constraint',
    remove_exclusion_constraint: 'remove_exclusion_constraint',
    comment: 'change_table_comment',
};
/** Questions a block may ask the table (`t.column_exists?`); they change nothing. */
const TABLE_QUERIES = new Set(['column_exists?', 'index_exists?', 'foreign_key_exists?', 'check_constraint_exists?', 'name']);
/**
 * Reads `t.<method>` inside `change_table`; `[]` for a question that changes nothing, undefined
 * when the method is not part of the table DSL.
 */
function tableCommand(table, call, make, text) {
    if (TABLE_QUERIES.has(call.name))
        return [];
    const args = callArguments(call);
    const base = { table, options: args.options, hasBlock: args.block !== null, block: args.block, make, text };
    if (COLUMN_TYPES.has(call.name)) {
        // `t.string :first_name, :last_name, null: false` adds several columns of one type.
        const input = { ...base, method: 'add_column', rest: args.positional };
        return args.positional.map((node) => {
            const op = addColumn(input, symbolOrString(node), call.name);
            return { op, command: recorded('add_column', [node], args) };
        });
    }
    const method = TABLE_METHODS[call.name];
    if (!method)
        return undefined;
    const builder = BUILDERS[method];
    return builder({ ...base, method, rest: args.positional }).map((op) => ({
        op,
        command: recorded(method, args.positional, args),
    }));
}
/**
 * `create_table` is one operation whatever its block holds: the new table is empty, so its
 * columns and indexes cost nothing. Foreign keys are the exception: they lock the referenced
 * table, so each becomes its own `add_foreign_key`. `force:` drops an existing table first.
 */
function createTable(args, make, text) {
    const table = symbolOrString(args.positional[0]);
    const commands = [];
    const command = recorded('create_table', args.positional.slice(1), args);
    if (isTruthyOption(args.options.get('force'))) {
        commands.push({ op: withTable(make('drop_table'), table), command });
    }
    const create = withTable(make('create_table'), table);
    commands.push({ op: create, command });
    const definition = args.block?.body;
    if (!(definition instanceof src_nodes/* StatementsNode */.Z$))
        return commands;
    const columns = [];
    for (const statement of definition.body) {
        if (!(statement instanceof src_nodes/* CallNode */.Fo) || !statement.receiver)
            continue;
        const inner = callArguments(statement);
        if (COLUMN_TYPES.has(statement.name) || statement.name === 'column') {
            const names = statement.name === 'column' ? inner.positional.slice(0, 1) : inner.positional;
            for (const node of names) {
                const name = symbolOrString(node);
                if (name !== undefined)
                    columns.push(name);
            }
        }
        else if (statement.name === 'references' || statement.name === 'belongs_to') {
            for (const node of inner.positional) {
                const ref = reference('add_reference', { method: 'add_reference', table, rest: [], options: inner.options, hasBlock: false, block: null, make: positionedAt(make, statement, text), text }, symbolOrString(node));
                columns.push(...(ref.columns ?? []));
                if (ref.foreignKey)
                    commands.push({ op: foreignKeyOf(ref), command });
            }
        }
        else if (statement.name === 'timestamps') {
            columns.push('created_at', 'updated_at');
        }
        else if (statement.name === 'foreign_key') {
            const op = foreignKey('add_foreign_key', { method: 'add_foreign_key', table, rest: inner.positional, options: inner.options, hasBlock: false, block: null, make: positionedAt(make, statement, text), text });
            commands.push({ op, command });
        }
    }
    create.columns = columns;
    return commands;
}
/** An operation made at a statement inside a block rather than at the call that owns the block. */
function positionedAt(make, node, text) {
    return (kind) => {
        const op = make(kind);
        op.line = text.lineAt(node.location.startOffset);
        op.code = text.excerpt(op.line);
        return op;
    };
}
function foreignKeyOf(ref) {
    const op = { ...ref, kind: 'add_foreign_key' };
    delete op.index;
    delete op.foreignKey;
    delete op.concurrently;
    delete op.unique;
    delete op.columnType;
    delete op.nullable;
    op.columns = ref.columns?.slice(0, 1);
    return op;
}
function joinTable(method, args, make) {
    const first = symbolOrString(args.positional[0]);
    const second = symbolOrString(args.positional[1]);
    const named = symbolOrString(args.options.get('table_name'));
    const table = named ?? (first !== undefined && second !== undefined ? joinTableName(first, second) : undefined);
    const op = withTable(make(method === 'create_join_table' ? 'create_table' : 'drop_table'), table);
    if (first !== undefined && second !== undefined)
        op.columns = [`${singularize(first)}_id`, `${singularize(second)}_id`];
    return [{ op, command: recorded(method, args.positional.slice(1), args) }];
}

;// CONCATENATED MODULE: ./src/migration-parsers/ruby/source-text.ts
// Prism reports positions as UTF-8 byte offsets; JavaScript strings index UTF-16 code units.
// This maps one to the other so lines and excerpts stay right in files with non-ASCII comments.
const NON_ASCII = /[^\x00-\x7f]/;
function sourceText(source) {
    // Most migrations are ASCII, where bytes and characters coincide: skip encoding the file.
    const bytes = NON_ASCII.test(source) ? Buffer.from(source, 'utf8') : undefined;
    let lineStarts;
    let lines;
    const byteLineStarts = () => {
        if (lineStarts)
            return lineStarts;
        lineStarts = [0];
        if (bytes) {
            for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1))
                lineStarts.push(i + 1);
        }
        else {
            for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1))
                lineStarts.push(i + 1);
        }
        return lineStarts;
    };
    return {
        lineAt(byteOffset) {
            const starts = byteLineStarts();
            let low = 0;
            let high = starts.length - 1;
            while (low < high) {
                const middle = (low + high + 1) >> 1;
                if (starts[middle] <= byteOffset)
                    low = middle;
                else
                    high = middle - 1;
            }
            return low + 1;
        },
        slice(byteOffset, byteLength) {
            if (!bytes)
                return source.slice(byteOffset, byteOffset + byteLength);
            return bytes.toString('utf8', byteOffset, byteOffset + byteLength);
        },
        excerpt(line, maxLength = 160) {
            lines ??= source.split('\n');
            const text = (lines[line - 1] ?? '').trim();
            return text.length > maxLength ? text.slice(0, maxLength) : text;
        },
    };
}

;// CONCATENATED MODULE: ./src/migration-parsers/ruby/parse-migration.ts
// Reads an ActiveRecord migration with the real Ruby parser and says what it does: its operations
// in the forward direction, whether it runs in a transaction, and whether it can be rolled back.
// The walk visits only what can hold a migration command (class body → methods → statements and
// the blocks of calls), once, so classifying costs little next to parsing.








/** Loads prism once; the returned function parses synchronously (for batches and benchmarks). */
async function createRubyMigrationParser() {
    const parse = await loadRubyParser();
    return (file, source) => readMigration(parse, file, source);
}
async function parseRubyMigration(file, source) {
    return readMigration(await loadRubyParser(), file, source);
}
function readMigration(parse, file, source) {
    const text = sourceText(source);
    const result = parse(source);
    const migration = {
        file,
        format: 'activerecord',
        version: versionOf(file),
        name: nameFromFile(file),
        operations: [],
        transactional: true,
        irreversible: [],
        parseErrors: result.errors
            .map((error) => ({ message: error.message, line: text.lineAt(error.location.startOffset) }))
            .sort((a, b) => a.line - b.line),
    };
    const models = new Map();
    const migrationClass = findMigrationClass(result.value.statements, models);
    if (!migrationClass) {
        if (migration.parseErrors.length === 0) {
            migration.parseErrors.push({ message: 'no migration class (a class inheriting from ActiveRecord::Migration) in this file', line: 1 });
        }
        return migration;
    }
    migration.name = constantName(migrationClass.constantPath) ?? migration.name;
    const railsVersion = railsVersionOf(migrationClass.superclass, text);
    if (railsVersion)
        migration.railsVersion = railsVersion;
    const methods = new Map();
    for (const statement of bodyStatements(migrationClass.body)) {
        if (statement instanceof src_nodes/* DefNode */.o3)
            methods.set(statement.receiver instanceof src_nodes/* SelfNode */.pb ? `self.${statement.name}` : statement.name, statement);
        else if (statement instanceof src_nodes/* CallNode */.Fo && statement.name === 'disable_ddl_transaction!' && !statement.receiver)
            migration.transactional = false;
        else if (statement instanceof src_nodes/* ClassNode */.Le)
            registerModel(statement, models);
    }
    const change = methods.get('change');
    const up = methods.get('up') ?? methods.get('self.up');
    const down = methods.get('down') ?? methods.get('self.down');
    const forward = change ?? up;
    if (forward) {
        const walker = new MigrationWalker(text, models, methods);
        walker.walkMethod(forward, change !== undefined);
        migration.operations = walker.operations;
        migration.irreversible = walker.irreversible;
    }
    if (!change && up) {
        if (!down)
            migration.irreversible.push(upWithoutDown(text.lineAt(up.location.startOffset)));
        else {
            const raise = findIrreversibleRaise(down.body);
            if (raise)
                migration.irreversible.push(downRaisesIrreversible(text.lineAt(raise.location.startOffset)));
        }
    }
    return migration;
}
/** `db/migrate/20261130101500_add_index_to_orders_email.rb` → `20261130101500`. */
function versionOf(file) {
    const base = file.slice(file.lastIndexOf('/') + 1);
    return /^(\d+)_/.exec(base)?.[1] ?? '';
}
/** The class name Rails expects for the file, used only when the file has no class. */
function nameFromFile(file) {
    const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.rb$/, '').replace(/^\d+_/, '');
    return base.replace(/(?:^|_)([a-z\d])/g, (_match, letter) => letter.toUpperCase());
}
function bodyStatements(body) {
    return body instanceof src_nodes/* StatementsNode */.Z$ ? body.body : [];
}
function findMigrationClass(statements, models) {
    let found;
    for (const statement of statements.body) {
        if (statement instanceof src_nodes/* ClassNode */.Le) {
            if (isMigrationSuperclass(statement.superclass))
                found ??= statement;
            else
                registerModel(statement, models);
        }
        else if (statement instanceof src_nodes/* ModuleNode */.Fi && statement.body instanceof src_nodes/* StatementsNode */.Z$) {
            found ??= findMigrationClass(statement.body, models);
        }
    }
    return found;
}
/** `ActiveRecord::Migration`, `ActiveRecord::Migration[7.1]`, or an app's own `...Migration[2.1]` base. */
function isMigrationSuperclass(superclass) {
    const base = superclass instanceof src_nodes/* CallNode */.Fo && superclass.name === '[]' ? superclass.receiver : superclass;
    const name = constantName(base);
    return name !== undefined && (/Migration$/.test(name) || name.includes('::Migration::'));
}
function railsVersionOf(superclass, text) {
    if (!(superclass instanceof src_nodes/* CallNode */.Fo) || superclass.name !== '[]')
        return undefined;
    if (constantName(superclass.receiver) !== 'ActiveRecord::Migration')
        return undefined;
    const version = superclass.arguments_?.arguments_[0];
    if (!(version instanceof src_nodes/* FloatNode */.VK || version instanceof src_nodes/* IntegerNode */.DV))
        return undefined;
    // The source text, not the float: `[7.10]` must not read as 7.1.
    return text.slice(version.location.startOffset, version.location.length);
}
/** A model class defined in the migration file: its table is `self.table_name` or the tableized name. */
function registerModel(node, models) {
    const name = constantName(node.constantPath);
    if (name === undefined)
        return;
    const shortName = name.slice(name.lastIndexOf(':') + 1);
    for (const statement of bodyStatements(node.body)) {
        if (statement instanceof src_nodes/* CallNode */.Fo && statement.name === 'table_name=' && statement.receiver instanceof src_nodes/* SelfNode */.pb) {
            const table = staticString(statement.arguments_?.arguments_[0]) ?? symbolOrString(statement.arguments_?.arguments_[0]);
            if (table !== undefined)
                models.set(shortName, table);
        }
    }
}
function findIrreversibleRaise(node) {
    for (const statement of bodyStatements(node)) {
        if (statement instanceof src_nodes/* CallNode */.Fo && (statement.name === 'raise' || statement.name === 'fail') && !statement.receiver) {
            const raised = statement.arguments_?.arguments_[0];
            const exception = raised instanceof src_nodes/* CallNode */.Fo && raised.name === 'new' ? raised.receiver : raised;
            if (constantName(exception)?.endsWith('IrreversibleMigration'))
                return statement;
        }
    }
    return undefined;
}
/** Calls that print, load code or only ask questions: they change nothing in the database. */
const NO_OPERATION = new Set([
    'say', 'puts', 'print', 'p', 'pp', 'require', 'require_relative', 'sleep', 'raise', 'fail', 'return',
    'reset_column_information', 'column_exists?', 'index_exists?', 'index_name_exists?', 'table_exists?',
    'foreign_key_exists?', 'check_constraint_exists?', 'data_source_exists?', 'view_exists?', 'extension_enabled?',
    'columns', 'indexes', 'foreign_keys', 'check_constraints', 'primary_key', 'connection', 'select_all', 'select_one',
    'select_value', 'select_values', 'select_rows', 'quote', 'quote_table_name', 'quote_column_name', 'index_name',
    'disable_ddl_transaction!', 'migration_name', 'version', 'logger', 'reverting?', 'lambda', 'proc',
]);
/** Calls whose block runs in the forward direction as written. */
const PASS_THROUGH_BLOCKS = new Set(['say_with_time', 'transaction', 'suppress_messages', 'with_lock']);
/** SQL run through the connection: `execute`, `connection.exec_update` ... */
const SQL_METHODS = new Set(['execute', 'exec_query', 'exec_update', 'exec_delete', 'exec_insert', 'update', 'delete', 'insert']);
class MigrationWalker {
    operations = [];
    irreversible = [];
    sink = [];
    locals = new Map();
    helpersInUse = new Set();
    text;
    models;
    methods;
    // Plain fields, not parameter properties: the benchmarks load these sources with Node's type
    // stripping, which does not support them.
    constructor(text, models, methods) {
        this.text = text;
        this.models = models;
        this.methods = methods;
    }
    walkMethod(method, isChange) {
        this.walk(method.body, { safetyAssured: false, bulk: false, recorded: isChange });
        for (const entry of this.sink)
            this.operations.push(entry.op);
    }
    walk(node, scope) {
        if (!node)
            return;
        if (node instanceof src_nodes/* StatementsNode */.Z$)
            for (const statement of node.body)
                this.walk(statement, scope);
        else if (node instanceof src_nodes/* CallNode */.Fo)
            this.call(node, scope);
        else if (node instanceof src_nodes/* IfNode */.qb) {
            this.walk(node.statements, scope);
            this.walk(node.subsequent, scope);
        }
        else if (node instanceof src_nodes/* UnlessNode */.hl) {
            this.walk(node.statements, scope);
            this.walk(node.elseClause, scope);
        }
        else if (node instanceof src_nodes/* CaseNode */.PJ) {
            for (const branch of node.conditions)
                if (branch instanceof src_nodes/* WhenNode */.ti)
                    this.walk(branch.statements, scope);
            this.walk(node.elseClause, scope);
        }
        else if (node instanceof src_nodes/* ElseNode */._O)
            this.walk(node.statements, scope);
        else if (node instanceof src_nodes/* BeginNode */.LQ) {
            this.walk(node.statements, scope);
            this.walk(node.rescueClause, scope);
            this.walk(node.elseClause, scope);
            this.walk(node.ensureClause?.statements, scope);
        }
        else if (node instanceof src_nodes/* RescueNode */.cP) {
            this.walk(node.statements, scope);
            this.walk(node.subsequent, scope);
        }
        else if (node instanceof src_nodes/* ParenthesesNode */.RB)
            this.walk(node.body, scope);
        else if (node instanceof src_nodes/* WhileNode */.eN || node instanceof src_nodes/* UntilNode */.lt || node instanceof src_nodes/* ForNode */.ct)
            this.walk(node.statements, scope);
        else if (node instanceof src_nodes/* RescueModifierNode */.bv)
            this.walk(node.expression, scope);
        else if (node instanceof src_nodes/* AndNode */.s_ || node instanceof src_nodes/* OrNode */.Ks)
            this.walk(node.right, scope);
        else if (node instanceof src_nodes/* LocalVariableWriteNode */.xf)
            this.assignment(node, scope);
    }
    /** `users = User.where(...)` builds a scope (no operation); `n = User.update_all(...)` changes data. */
    assignment(node, scope) {
        const value = node.value;
        if (!(value instanceof src_nodes/* CallNode */.Fo))
            return;
        const classified = classifyModelCall(value, this.models, this.locals);
        if (classified.kind === 'read') {
            if (classified.scope)
                this.locals.set(node.name, classified.scope);
            return;
        }
        if (classified.kind !== 'not-a-model')
            return this.call(value, scope);
        // A value computed in Ruby (`columns = %w[a b].map { ... }`) is not an operation; a migration
        // command or helper whose result is kept still runs.
        if (value.receiver === null ? !value.isVariableCall() : isConnection(value.receiver))
            this.call(value, scope);
    }
    call(call, scope) {
        const receiver = call.receiver;
        if (scope.table && receiver instanceof src_nodes/* LocalVariableReadNode */.cr && receiver.name === scope.table.variable) {
            this.tableCall(call, scope);
        }
        else if (receiver === null || receiver instanceof src_nodes/* SelfNode */.pb) {
            this.receiverlessCall(call, scope);
        }
        else if (isConnection(receiver)) {
            this.connectionCall(call, scope);
        }
        else {
            this.receiverCall(call, scope);
        }
    }
    receiverlessCall(call, scope) {
        const name = call.name;
        if (NO_OPERATION.has(name))
            return;
        if (PASS_THROUGH_BLOCKS.has(name))
            return this.walk(blockBody(call), scope);
        if (name === 'safety_assured')
            return this.walk(blockBody(call), { ...scope, safetyAssured: true });
        if (name === 'up_only')
            return this.walk(blockBody(call), { ...scope, recorded: false });
        if (name === 'reversible')
            return this.reversible(call, scope);
        if (name === 'revert')
            return this.revert(call, scope);
        if (name === 'change_table')
            return this.changeTable(call, scope);
        if (SQL_METHODS.has(name))
            return this.sql(call, scope);
        const commands = migrationCommand(call, this.factory(call, scope), this.text);
        if (commands) {
            for (const { op, command } of commands)
                this.emit({ op, command }, scope);
            return;
        }
        const helper = this.methods.get(name);
        if (helper && !['change', 'up', 'down'].includes(name) && !this.helpersInUse.has(name)) {
            // The migration's own helper method: its body is the migration's code, read in place.
            this.helpersInUse.add(name);
            this.walk(helper.body, scope);
            this.helpersInUse.delete(name);
            return;
        }
        this.unknown(call, scope, name);
    }
    connectionCall(call, scope) {
        if (SQL_METHODS.has(call.name))
            return this.sql(call, scope);
        if (NO_OPERATION.has(call.name))
            return;
        const commands = migrationCommand(call, this.factory(call, scope), this.text);
        if (commands)
            for (const { op, command } of commands)
                this.emit({ op, command }, scope);
        else
            this.unknown(call, scope, call.name);
    }
    receiverCall(call, scope) {
        if (isLogging(call))
            return;
        if (PASS_THROUGH_BLOCKS.has(call.name) && call.block instanceof src_nodes/* BlockNode */.ub)
            return this.walk(call.block.body, scope);
        const classified = classifyModelCall(call, this.models, this.locals);
        if (classified.kind === 'read')
            return;
        if (classified.kind === 'data-change') {
            const op = this.factory(call, scope)('backfill');
            op.table = classified.table;
            op.partial = classified.partial;
            op.method = classified.method;
            return this.emit({ op }, scope);
        }
        if (classified.kind === 'unknown') {
            const op = this.factory(call, scope)('unknown');
            op.method = classified.method;
            op.table = classified.table;
            return this.emit({ op }, scope);
        }
        // `%i[a b].each do |column| add_index :users, column end`: the block holds the commands.
        if (call.block instanceof src_nodes/* BlockNode */.ub)
            return this.walk(call.block.body, scope);
        this.unknown(call, scope, call.name);
    }
    tableCall(call, scope) {
        const commands = tableCommand(scope.table?.name, call, this.factory(call, scope), this.text);
        if (!commands)
            return this.unknown(call, scope, call.name, scope.table?.name);
        for (const { op, command } of commands)
            this.emit({ op, command }, scope);
    }
    changeTable(call, scope) {
        const args = callArguments(call);
        const table = symbolOrString(args.positional[0]);
        const bulk = isTruthyOption(args.options.get('bulk')) ?? false;
        const variable = firstBlockParameter(args.block);
        if (!args.block || variable === undefined)
            return this.unknown(call, scope, 'change_table', table);
        this.walk(args.block.body, { ...scope, bulk: scope.bulk || bulk, table: { variable, name: table } });
    }
    sql(call, scope) {
        const op = this.factory(call, scope)('execute');
        const sql = staticString(call.arguments_?.arguments_[0]);
        if (sql !== undefined)
            op.sql = sql;
        this.emit({ op, command: { method: 'execute', positional: [], options: new Map(), hasBlock: false } }, scope);
    }
    unknown(call, scope, method, table) {
        const op = this.factory(call, scope)('unknown');
        op.method = method;
        const firstArgument = table ?? symbolOrString(call.arguments_?.arguments_[0]);
        if (firstArgument !== undefined)
            op.table = firstArgument;
        this.emit({ op }, scope);
    }
    /**
     * `reversible do |dir| dir.up { ... }; dir.down { ... } end`: the forward operations are the
     * `dir.up` ones, which Rails does not record; on rollback only `dir.down` runs.
     */
    reversible(call, scope) {
        const block = call.block instanceof src_nodes/* BlockNode */.ub ? call.block : null;
        const direction = firstBlockParameter(block);
        let upOperations = [];
        let hasDown = false;
        for (const statement of bodyStatements(block?.body ?? null)) {
            const isDirectionCall = statement instanceof src_nodes/* CallNode */.Fo && statement.receiver instanceof src_nodes/* LocalVariableReadNode */.cr && statement.receiver.name === direction;
            if (isDirectionCall && statement.name === 'up') {
                upOperations = upOperations.concat(this.collect(() => this.walk(blockBody(statement), { ...scope, recorded: false })));
            }
            else if (isDirectionCall && statement.name === 'down') {
                hasDown = true;
            }
            else {
                this.walk(statement, scope);
            }
        }
        for (const entry of upOperations)
            this.sink.push(entry);
        if (scope.recorded && !hasDown && upOperations.length > 0)
            this.irreversible.push(reversibleUpWithoutDown(upOperations[0].op));
    }
    /** `revert do ... end` runs the inverses, last first; `revert OtherMigration` runs code the gate cannot see. */
    revert(call, scope) {
        if (!(call.block instanceof src_nodes/* BlockNode */.ub)) {
            // Rails can roll this back (it runs the other migration forward again), but what it does here is unseen.
            const op = this.factory(call, scope)('unknown');
            op.method = 'revert';
            return this.emit({ op, command: { method: 'revert', positional: [], options: new Map(), hasBlock: false } }, scope);
        }
        const inner = this.collect(() => this.walk(call.block instanceof src_nodes/* BlockNode */.ub ? call.block.body : null, { ...scope, recorded: false }));
        for (const entry of inner.reverse()) {
            const problem = reasonCannotBeUndone(entry.command, entry.op);
            const inverse = problem ? undefined : invertOperation(entry.op);
            if (inverse) {
                this.emit({ op: inverse }, { ...scope, recorded: false });
                continue;
            }
            const original = entry.op.method ?? entry.op.kind;
            const unknown = { kind: 'unknown', method: original, safetyAssured: entry.op.safetyAssured, line: entry.op.line, code: entry.op.code };
            if (entry.op.table !== undefined)
                unknown.table = entry.op.table;
            this.sink.push({ op: unknown });
            this.irreversible.push(cannotRevert(unknown, original));
        }
    }
    /** Runs `walk` with a fresh sink and returns what it produced. */
    collect(walk) {
        const outer = this.sink;
        this.sink = [];
        try {
            walk();
            return this.sink;
        }
        finally {
            this.sink = outer;
        }
    }
    emit(entry, scope) {
        this.sink.push(entry);
        if (!scope.recorded)
            return;
        const reason = reasonCannotBeUndone(entry.command, entry.op);
        if (reason)
            this.irreversible.push(reason);
    }
    factory(call, scope) {
        const line = this.text.lineAt(call.location.startOffset);
        const code = this.text.excerpt(line);
        return (kind) => {
            const op = { kind, safetyAssured: scope.safetyAssured, line, code };
            if (scope.bulk)
                op.bulk = true;
            return op;
        };
    }
}
function blockBody(call) {
    return call.block instanceof src_nodes/* BlockNode */.ub ? call.block.body : null;
}
function firstBlockParameter(block) {
    const parameters = block?.parameters;
    if (!(parameters instanceof src_nodes/* BlockParametersNode */.YC))
        return undefined;
    const first = parameters.parameters?.requireds[0];
    return first instanceof src_nodes/* RequiredParameterNode */.xX ? first.name : undefined;
}
/** `Rails.logger.info`, `STDOUT.puts`, `$stdout.puts`: output, not operations. */
function isLogging(call) {
    let root = call;
    while (root instanceof src_nodes/* CallNode */.Fo)
        root = root.receiver;
    if (root instanceof src_nodes/* GlobalVariableReadNode */.CL)
        return root.name === '$stdout' || root.name === '$stderr';
    const name = constantName(root);
    return name === 'Rails' || name === 'STDOUT' || name === 'STDERR' || name === 'Logger';
}
/** `connection`, `ActiveRecord::Base.connection`, `User.connection`, `connection_pool.lease_connection`. */
function isConnection(node) {
    if (node instanceof src_nodes/* CallNode */.Fo)
        return node.name === 'connection' || node.name === 'lease_connection' || node.name === 'with_connection';
    return false;
}


/***/ })

};
