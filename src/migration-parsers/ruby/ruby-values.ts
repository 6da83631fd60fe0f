// Reading the static values a migration passes to the DSL (symbols, strings, literals, option
// hashes) out of prism nodes. Anything dynamic reads as undefined: callers must not guess.
import {
  ArrayNode,
  AssocNode,
  BlockNode,
  CallNode,
  ConstantPathNode,
  ConstantReadNode,
  FalseNode,
  FloatNode,
  HashNode,
  IntegerNode,
  InterpolatedStringNode,
  KeywordHashNode,
  LambdaNode,
  NilNode,
  ParenthesesNode,
  SplatNode,
  StatementsNode,
  StringNode,
  SymbolNode,
  TrueNode,
  type Node,
} from '@ruby/prism/src/nodes.js';
import type { ColumnDefault } from '../../gates/migrations/model.js';
import type { SourceText } from './source-text.js';

/** A call's arguments split the way the DSL reads them: positional values, then `key: value` options. */
export interface CallArguments {
  positional: Node[];
  options: Map<string, Node>;
  block: BlockNode | null;
}

const NO_OPTIONS: ReadonlyMap<string, Node> = new Map();

export function callArguments(call: CallNode): CallArguments {
  const nodes = call.arguments_?.arguments_ ?? [];
  const last = nodes[nodes.length - 1];
  let positional = nodes;
  let options = NO_OPTIONS as Map<string, Node>;
  if (last instanceof KeywordHashNode || last instanceof HashNode) {
    positional = nodes.slice(0, -1);
    options = hashOptions(last);
  }
  return { positional, options, block: call.block instanceof BlockNode ? call.block : null };
}

export function hashOptions(hash: KeywordHashNode | HashNode): Map<string, Node> {
  const options = new Map<string, Node>();
  for (const element of hash.elements) {
    if (!(element instanceof AssocNode)) continue;
    const key = symbolOrString(element.key);
    if (key !== undefined) options.set(key, element.value);
  }
  return options;
}

/** `:users` or `"users"` → `users`; anything computed → undefined. */
export function symbolOrString(node: Node | null | undefined): string | undefined {
  if (node instanceof SymbolNode || node instanceof StringNode) return node.unescaped.value;
  return undefined;
}

/**
 * A string's text when it is fully known: plain strings, `%q{}`, heredocs (prism hands a heredoc
 * over as parts), and `<<~SQL.squish`-style cleanups. Interpolation (`#{}`) makes it unknown.
 */
export function staticString(node: Node | null | undefined): string | undefined {
  if (node instanceof StringNode) return node.unescaped.value;
  if (node instanceof InterpolatedStringNode) {
    let text = '';
    for (const part of node.parts) {
      const piece = staticString(part);
      if (piece === undefined) return undefined;
      text += piece;
    }
    return text;
  }
  if (node instanceof CallNode && !node.arguments_ && STRING_CLEANUPS.has(node.name)) {
    const text = staticString(node.receiver);
    if (text === undefined) return undefined;
    return node.name === 'squish' || node.name === 'squish!' ? text.trim().replace(/\s+/g, ' ') : text.trim();
  }
  if (node instanceof ParenthesesNode && node.body instanceof StatementsNode && node.body.body.length === 1) {
    return staticString(node.body.body[0]);
  }
  return undefined;
}

const STRING_CLEANUPS = new Set(['squish', 'squish!', 'strip', 'strip_heredoc', 'chomp', 'freeze', 'dup']);

/** A column list: `:email`, `"lower(email)"`, `[:a, :b]`, `%i[a b]`. */
export function columnList(node: Node | null | undefined): string[] | undefined {
  const single = symbolOrString(node);
  if (single !== undefined) return [single];
  const elements = node instanceof ArrayNode ? node.elements : node instanceof SplatNode ? arrayElements(node.expression) : undefined;
  if (!elements) return undefined;
  const columns: string[] = [];
  for (const element of elements) {
    const name = symbolOrString(element);
    if (name === undefined) return undefined;
    columns.push(name);
  }
  return columns;
}

function arrayElements(node: Node | null): Node[] | undefined {
  return node instanceof ArrayNode ? node.elements : undefined;
}

/** `true`/`false` literals; anything else (a variable, a hash) → undefined. */
export function booleanLiteral(node: Node | null | undefined): boolean | undefined {
  if (node instanceof TrueNode) return true;
  if (node instanceof FalseNode) return false;
  return undefined;
}

/** Ruby truthiness of a literal option: only `nil` and `false` are falsy; absent → undefined. */
export function isTruthyOption(node: Node | undefined): boolean | undefined {
  if (node === undefined) return undefined;
  return !(node instanceof NilNode || node instanceof FalseNode);
}

export function literalValue(node: Node): { known: true; value: string | number | boolean | null } | { known: false } {
  if (node instanceof StringNode || node instanceof SymbolNode) return { known: true, value: node.unescaped.value };
  if (node instanceof IntegerNode || node instanceof FloatNode) return { known: true, value: node.value };
  if (node instanceof TrueNode) return { known: true, value: true };
  if (node instanceof FalseNode) return { known: true, value: false };
  if (node instanceof NilNode) return { known: true, value: null };
  const text = staticString(node);
  if (text !== undefined) return { known: true, value: text };
  return { known: false };
}

/**
 * `default: 0` is a constant; `default: -> { "now()" }` is SQL the database evaluates; anything
 * else (a constant's name, `SecureRandom.uuid`) is Ruby the gate cannot evaluate.
 */
export function columnDefault(node: Node, text: SourceText): ColumnDefault {
  const literal = literalValue(node);
  if (literal.known) return { kind: 'constant', value: literal.value };
  if (node instanceof LambdaNode && node.body instanceof StatementsNode && node.body.body.length === 1) {
    const sql = staticString(node.body.body[0]);
    if (sql !== undefined) return { kind: 'sql', sql };
  }
  return { kind: 'expression', code: text.slice(node.location.startOffset, node.location.length) };
}

/** `Admin::Account` → `Admin::Account`; a dynamic path (`foo::Bar`) → undefined. */
export function constantName(node: Node | null | undefined): string | undefined {
  if (node instanceof ConstantReadNode) return node.name;
  if (node instanceof ConstantPathNode) {
    if (node.name === null) return undefined;
    if (node.parent === null) return node.name;
    const parent = constantName(node.parent);
    return parent === undefined ? undefined : `${parent}::${node.name}`;
  }
  return undefined;
}
