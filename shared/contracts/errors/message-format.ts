/**
 * The part of ICU MessageFormat the error catalog uses, so the server renders the same English text
 * react-intl renders in the admin: `{name}` arguments, `{count, plural, one {…} other {…}}` (with `#`
 * for the count and `=N` for exact values) and `{status, select, queued {…} other {…}}`. Apostrophes
 * are plain text here; catalog texts never put one before a brace, where ICU would start quoting.
 */

export type MessageValues = Record<string, string | number>;

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'argument'; name: string }
  | { kind: 'count' }
  | { kind: 'choice'; name: string; type: 'plural' | 'select'; options: Map<string, Node[]> };

const ARGUMENT_HEAD = /^\s*([A-Za-z][\w]*)\s*(?:,\s*(plural|select)\s*,)?/;

class Parser {
  private position = 0;

  constructor(private readonly source: string) {}

  /** Nodes up to the closing brace of the current block (or the end at top level). */
  parse(inChoice: boolean): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', text });
      text = '';
    };
    while (this.position < this.source.length) {
      const character = this.source[this.position];
      if (character === '}') break;
      if (character === '{') {
        flush();
        nodes.push(this.argument());
      } else if (character === '#' && inChoice) {
        flush();
        nodes.push({ kind: 'count' });
        this.position += 1;
      } else {
        text += character;
        this.position += 1;
      }
    }
    flush();
    return nodes;
  }

  private argument(): Node {
    const head = ARGUMENT_HEAD.exec(this.source.slice(this.position + 1));
    if (!head) throw new Error(`Bad argument at ${this.position} in "${this.source}"`);
    this.position += 1 + head[0].length;
    const [, name, type] = head;
    if (!type) {
      this.expect('}');
      return { kind: 'argument', name };
    }
    const options = new Map<string, Node[]>();
    for (;;) {
      const key = /^\s*(=?\w+)\s*\{/.exec(this.source.slice(this.position));
      if (!key) break;
      this.position += key[0].length;
      options.set(key[1], this.parse(type === 'plural'));
      this.expect('}');
    }
    this.skipSpaces();
    this.expect('}');
    if (!options.has('other')) throw new Error(`"${name}" has no "other" option in "${this.source}"`);
    return { kind: 'choice', name, type: type as 'plural' | 'select', options };
  }

  atEnd(): boolean {
    return this.position === this.source.length;
  }

  private skipSpaces(): void {
    while (/\s/.test(this.source[this.position] ?? '')) this.position += 1;
  }

  private expect(character: string): void {
    if (this.source[this.position] !== character) {
      throw new Error(`Expected "${character}" at ${this.position} in "${this.source}"`);
    }
    this.position += 1;
  }
}

const parse = (source: string): Node[] => {
  const parser = new Parser(source);
  const nodes = parser.parse(false);
  if (!parser.atEnd()) throw new Error(`Unmatched "}" in "${source}"`);
  return nodes;
};

const pluralKey = (options: Map<string, Node[]>, count: number): string => {
  if (options.has(`=${count}`)) return `=${count}`;
  return count === 1 && options.has('one') ? 'one' : 'other';
};

const render = (nodes: Node[], values: MessageValues, count: number | null): string =>
  nodes
    .map((node) => {
      switch (node.kind) {
        case 'text':
          return node.text;
        case 'count':
          return String(count ?? '#');
        case 'argument':
          return String(values[node.name] ?? `{${node.name}}`);
        case 'choice': {
          const value = values[node.name];
          if (node.type === 'plural') {
            const amount = Number(value);
            return render(node.options.get(pluralKey(node.options, amount)) ?? [], values, amount);
          }
          const key = node.options.has(String(value)) ? String(value) : 'other';
          return render(node.options.get(key) ?? [], values, count);
        }
      }
    })
    .join('');

/** The message with its arguments filled in (English plural rules: `one` for exactly 1). */
export const formatMessage = (source: string, values: MessageValues = {}): string =>
  render(parse(source), values, null);

/** The argument names a message uses, e.g. `["max"]`, sorted: translations must use the same ones. */
export const argumentNames = (source: string): string[] => {
  const names = new Set<string>();
  const collect = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.kind === 'argument' || node.kind === 'choice') names.add(node.name);
      if (node.kind === 'choice') node.options.forEach(collect);
    }
  };
  collect(parse(source));
  return [...names].sort();
};
