/*
 * Extra source files that make generated repositories differ in size and content: small domain modules
 * (a record type, its invariants, totals and grouping) in the language of the template. They are written
 * to be neutral to every check: no I/O, no HTTP or database clients, no logging or printing, no SQL, no
 * timeouts, no security-relevant calls. That keeps each service at the level of its template while the
 * collectors still have more files to list, read and scan, as in a real repository.
 */
import type { PaddingTarget } from './templates';
import { Random, intBetween, pick, sample } from './random';

/** A generated file, path relative to the repository root. */
export interface GeneratedFile {
  path: string;
  content: string;
}

type FieldKind = 'text' | 'count' | 'money' | 'currency' | 'time' | 'flag';

interface Field {
  /** lowerCamelCase. */
  name: string;
  kind: FieldKind;
}

interface Concept {
  /** PascalCase singular, e.g. `StockLevel`. */
  type: string;
  fields: Field[];
  /** The text field used for grouping. */
  groupBy: Field;
  /** The numeric field that totals add up. */
  amount: Field;
}

const nouns = [
  'Shipment',
  'Parcel',
  'Voucher',
  'Basket',
  'Refund',
  'Tariff',
  'Carrier',
  'Warehouse',
  'Subscription',
  'PriceRule',
  'Discount',
  'Allocation',
  'Supplier',
  'Settlement',
  'Payout',
  'Bundle',
  'Promotion',
  'StockLevel',
  'Reservation',
  'Consignment',
  'Remittance',
  'Rebate',
  'Waybill',
  'Dispatch',
  'Backorder',
  'Pallet',
  'Assortment',
  'Listing',
  'Campaign',
  'GiftCard',
  'Wishlist',
  'Review',
  'Forecast',
  'Budget',
  'Commission',
  'Chargeback',
  'Adjustment',
  'Replenishment',
  'Stocktake',
  'Batch',
];

const optionalFields: Field[] = [
  { name: 'reference', kind: 'text' },
  { name: 'quantity', kind: 'count' },
  { name: 'weightGrams', kind: 'count' },
  { name: 'priority', kind: 'count' },
  { name: 'createdAt', kind: 'time' },
  { name: 'dueOn', kind: 'time' },
  { name: 'note', kind: 'text' },
  { name: 'sku', kind: 'text' },
  { name: 'active', kind: 'flag' },
];

const groupFields: Field[] = [
  { name: 'region', kind: 'text' },
  { name: 'channel', kind: 'text' },
  { name: 'category', kind: 'text' },
  { name: 'market', kind: 'text' },
];

const snake = (camel: string) =>
  camel.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const lowerFirst = (text: string) => text[0].toLowerCase() + text.slice(1);
const upperFirst = (text: string) => text[0].toUpperCase() + text.slice(1);
/** Human words for comments: `StockLevel` -> `stock level`. */
const words = (pascal: string) => snake(pascal).replace(/_/g, ' ');

function concept(random: Random, type: string): Concept {
  const groupBy = pick(random, groupFields);
  const amount: Field = { name: 'amountMinor', kind: 'money' };
  const extra = sample(random, optionalFields, intBetween(random, 2, 5));
  const fields: Field[] = [
    { name: 'id', kind: 'text' },
    ...extra.filter(f => f.kind !== 'time'),
    amount,
    { name: 'currency', kind: 'currency' },
    groupBy,
    ...extra.filter(f => f.kind === 'time'),
  ];
  return { type, fields, groupBy, amount };
}

// --- Go ----------------------------------------------------------------------------------------------------

const goTypes: Record<FieldKind, string> = {
  text: 'string',
  count: 'int',
  money: 'int64',
  currency: 'string',
  time: 'time.Time',
  flag: 'bool',
};

/** Go spells initialisms in capitals (ID, SKU). */
const goName = (field: Field) =>
  field.name === 'id' || field.name === 'sku'
    ? field.name.toUpperCase()
    : upperFirst(field.name);

function goModule(c: Concept, pkg: string): GeneratedFile[] {
  const hasTime = c.fields.some(f => f.kind === 'time');
  const time = c.fields.find(f => f.kind === 'time');
  const receiver = c.type[0].toLowerCase();
  const imports = [
    'errors',
    'fmt',
    'sort',
    'strings',
    ...(hasTime ? ['time'] : []),
  ];
  const width = Math.max(...c.fields.map(f => goName(f).length));
  const lines = [
    `// Package ${pkg} holds the ${words(
      c.type,
    )} rules shared by the handlers and the batch jobs: validation,`,
    '// totals and grouping. It does no I/O, so it is tested without a database.',
    `package ${pkg}`,
    '',
    'import (',
    ...imports.map(i => `\t"${i}"`),
    ')',
    '',
    `// ErrInvalid${c.type} reports a ${words(
      c.type,
    )} that breaks one of the rules below.`,
    `var ErrInvalid${c.type} = errors.New("${pkg}: invalid ${words(c.type)}")`,
    '',
    `// ${c.type} is one ${words(c.type)} as the service keeps it.`,
    `type ${c.type} struct {`,
    ...c.fields.map(f => `\t${goName(f).padEnd(width)} ${goTypes[f.kind]}`),
    '}',
    '',
    `// Validate checks the invariants every stored ${words(c.type)} keeps.`,
    `func (${receiver} ${c.type}) Validate() error {`,
    `\tif strings.TrimSpace(${receiver}.ID) == "" {`,
    `\t\treturn fmt.Errorf("%w: empty id", ErrInvalid${c.type})`,
    '\t}',
    `\tif ${receiver}.AmountMinor < 0 {`,
    `\t\treturn fmt.Errorf("%w: negative amount %d", ErrInvalid${c.type}, ${receiver}.AmountMinor)`,
    '\t}',
    `\tif len(${receiver}.Currency) != 3 || strings.ToUpper(${receiver}.Currency) != ${receiver}.Currency {`,
    `\t\treturn fmt.Errorf("%w: currency %q is not an ISO 4217 code", ErrInvalid${c.type}, ${receiver}.Currency)`,
    '\t}',
    ...c.fields
      .filter(f => f.kind === 'count')
      .flatMap(f => [
        `\tif ${receiver}.${goName(f)} < 0 {`,
        `\t\treturn fmt.Errorf("%w: negative ${snake(f.name).replace(
          /_/g,
          ' ',
        )}", ErrInvalid${c.type})`,
        '\t}',
      ]),
    '\treturn nil',
    '}',
    '',
    `// Total adds up the amounts of the ${words(
      c.type,
    )}s in one currency, in minor units.`,
    `func Total(items []${c.type}, currency string) int64 {`,
    '\tvar total int64',
    '\tfor _, item := range items {',
    '\t\tif item.Currency == currency {',
    '\t\t\ttotal += item.AmountMinor',
    '\t\t}',
    '\t}',
    '\treturn total',
    '}',
    '',
    `// By${goName(c.groupBy)} groups ${words(c.type)}s by ${words(
      c.groupBy.name,
    )}, keeping input order within a group.`,
    `func By${goName(c.groupBy)}(items []${c.type}) map[string][]${c.type} {`,
    `\tgroups := make(map[string][]${c.type})`,
    '\tfor _, item := range items {',
    `\t\tgroups[item.${goName(c.groupBy)}] = append(groups[item.${goName(
      c.groupBy,
    )}], item)`,
    '\t}',
    '\treturn groups',
    '}',
    '',
    ...(time
      ? [
          `// Latest returns a copy sorted by ${words(
            time.name,
          )}, most recent first.`,
          `func Latest(items []${c.type}) []${c.type} {`,
          `\tsorted := append([]${c.type}(nil), items...)`,
          '\tsort.SliceStable(sorted, func(i, j int) bool {',
          `\t\treturn sorted[i].${goName(time)}.After(sorted[j].${goName(
            time,
          )})`,
          '\t})',
          '\treturn sorted',
          '}',
        ]
      : [
          '// Largest returns a copy sorted by amount, largest first.',
          `func Largest(items []${c.type}) []${c.type} {`,
          `\tsorted := append([]${c.type}(nil), items...)`,
          '\tsort.SliceStable(sorted, func(i, j int) bool {',
          '\t\treturn sorted[i].AmountMinor > sorted[j].AmountMinor',
          '\t})',
          '\treturn sorted',
          '}',
        ]),
  ];
  const test = [
    `package ${pkg}`,
    '',
    'import (',
    '\t"errors"',
    '\t"testing"',
    ')',
    '',
    'func TestValidate(t *testing.T) {',
    '\tcases := []struct {',
    '\t\tname  string',
    `\t\titem  ${c.type}`,
    '\t\tvalid bool',
    '\t}{',
    `\t\t{"valid", ${c.type}{ID: "a1", AmountMinor: 1250, Currency: "EUR"}, true},`,
    `\t\t{"empty id", ${c.type}{AmountMinor: 1250, Currency: "EUR"}, false},`,
    `\t\t{"negative amount", ${c.type}{ID: "a1", AmountMinor: -1, Currency: "EUR"}, false},`,
    `\t\t{"lower-case currency", ${c.type}{ID: "a1", Currency: "eur"}, false},`,
    '\t}',
    '\tfor _, tc := range cases {',
    '\t\terr := tc.item.Validate()',
    `\t\tif tc.valid != (err == nil) || (err != nil && !errors.Is(err, ErrInvalid${c.type})) {`,
    '\t\t\tt.Errorf("%s: Validate() = %v", tc.name, err)',
    '\t\t}',
    '\t}',
    '}',
  ];
  return [
    { path: `${pkg}.go`, content: `${lines.join('\n')}\n` },
    { path: `${pkg}_test.go`, content: `${test.join('\n')}\n` },
  ];
}

// --- Python ------------------------------------------------------------------------------------------------

const pythonTypes: Record<FieldKind, string> = {
  text: 'str',
  count: 'int',
  money: 'int',
  currency: 'str',
  time: 'datetime',
  flag: 'bool',
};

function pythonModule(c: Concept, module: string): GeneratedFile[] {
  const time = c.fields.find(f => f.kind === 'time');
  const group = snake(c.groupBy.name);
  const lines = [
    `"""${upperFirst(
      words(c.type),
    )} rules shared by the API and the scheduled jobs: validation, totals, grouping.`,
    '',
    'Nothing here does I/O, so the rules are tested without a database.',
    '"""',
    '',
    'from __future__ import annotations',
    '',
    'from collections import defaultdict',
    'from dataclasses import dataclass',
    ...(time ? ['from datetime import datetime'] : []),
    '',
    '',
    `class Invalid${c.type}(ValueError):`,
    `    """A ${words(c.type)} that breaks one of the rules below."""`,
    '',
    '',
    '@dataclass(frozen=True)',
    `class ${c.type}:`,
    ...c.fields.map(f => `    ${snake(f.name)}: ${pythonTypes[f.kind]}`),
    '',
    '    def __post_init__(self) -> None:',
    '        if not self.id.strip():',
    `            raise Invalid${c.type}("empty id")`,
    '        if self.amount_minor < 0:',
    `            raise Invalid${c.type}(f"negative amount {self.amount_minor}")`,
    '        if len(self.currency) != 3 or not self.currency.isupper():',
    `            raise Invalid${c.type}(f"currency {self.currency!r} is not an ISO 4217 code")`,
    ...c.fields
      .filter(f => f.kind === 'count')
      .flatMap(f => [
        `        if self.${snake(f.name)} < 0:`,
        `            raise Invalid${c.type}("negative ${words(f.name)}")`,
      ]),
    '',
    '',
    `def total(items: list[${c.type}], currency: str) -> int:`,
    `    """Sum of the amounts in one currency, in minor units."""`,
    '    return sum(item.amount_minor for item in items if item.currency == currency)',
    '',
    '',
    `def by_${group}(items: list[${c.type}]) -> dict[str, list[${c.type}]]:`,
    `    """Groups by ${words(
      c.groupBy.name,
    )}, keeping input order within a group."""`,
    `    groups: dict[str, list[${c.type}]] = defaultdict(list)`,
    '    for item in items:',
    `        groups[item.${group}].append(item)`,
    '    return dict(groups)',
    '',
    '',
    ...(time
      ? [
          `def latest(items: list[${c.type}]) -> list[${c.type}]:`,
          `    """Most recent first, by ${words(time.name)}."""`,
          `    return sorted(items, key=lambda item: item.${snake(
            time.name,
          )}, reverse=True)`,
        ]
      : [
          `def largest(items: list[${c.type}]) -> list[${c.type}]:`,
          '    """Largest amount first."""',
          '    return sorted(items, key=lambda item: item.amount_minor, reverse=True)',
        ]),
  ];
  const required = c.fields
    .map(f => {
      const name = snake(f.name);
      if (name === 'id') return 'id="a1"';
      if (f.kind === 'currency') return 'currency="EUR"';
      if (f.kind === 'money') return 'amount_minor=1250';
      if (f.kind === 'count') return `${name}=1`;
      if (f.kind === 'time') return `${name}=datetime(2025, 5, 1)`;
      if (f.kind === 'flag') return `${name}=True`;
      return `${name}="x"`;
    })
    .join(', ');
  // Imports in isort order: standard library, third party, first party.
  const test = [
    ...(time ? ['from datetime import datetime', ''] : []),
    'import pytest',
    '',
    `from ${module} import ${c.type}, Invalid${c.type}, total`,
    '',
    '',
    `def test_total_counts_one_currency() -> None:`,
    `    item = ${c.type}(${required})`,
    '    assert total([item, item], "EUR") == 2500',
    '    assert total([item], "USD") == 0',
    '',
    '',
    `def test_rejects_lower_case_currency() -> None:`,
    `    with pytest.raises(Invalid${c.type}):`,
    `        ${c.type}(${required.replace(
      'currency="EUR"',
      'currency="eur"',
    )})`,
  ];
  return [
    { path: `${snake(c.type)}.py`, content: `${lines.join('\n')}\n` },
    { path: `test_${snake(c.type)}.py`, content: `${test.join('\n')}\n` },
  ];
}

// --- TypeScript and JavaScript --------------------------------------------------------------------------

const tsTypes: Record<FieldKind, string> = {
  text: 'string',
  count: 'number',
  money: 'number',
  currency: 'string',
  time: 'Date',
  flag: 'boolean',
};

function tsModule(c: Concept, typed: boolean): GeneratedFile {
  const time = c.fields.find(f => f.kind === 'time');
  const variable = lowerFirst(c.type);
  const T = (type: string) => (typed ? type : '');
  const groupName = upperFirst(c.groupBy.name);
  const body = [
    `export class Invalid${c.type}Error extends Error {`,
    `  constructor(reason${T(': string')}) {`,
    `    super(\`invalid ${words(c.type)}: \${reason}\`);`,
    `    this.name = 'Invalid${c.type}Error';`,
    '  }',
    '}',
    '',
    `/** Checks the invariants every stored ${words(
      c.type,
    )} keeps; returns it unchanged when they hold. */`,
    `export function validate${c.type}(${variable}${T(`: ${c.type}`)})${T(
      `: ${c.type}`,
    )} {`,
    `  if (!${variable}.id.trim()) throw new Invalid${c.type}Error('empty id');`,
    `  if (${variable}.amountMinor < 0) throw new Invalid${c.type}Error('negative amount');`,
    `  if (!/^[A-Z]{3}$/.test(${variable}.currency)) {`,
    `    throw new Invalid${c.type}Error(\`currency \${${variable}.currency} is not an ISO 4217 code\`);`,
    '  }',
    ...c.fields
      .filter(f => f.kind === 'count')
      .map(
        f =>
          `  if (${variable}.${f.name} < 0) throw new Invalid${
            c.type
          }Error('negative ${words(f.name)}');`,
      ),
    `  return ${variable};`,
    '}',
    '',
    '/** Sum of the amounts in one currency, in minor units. */',
    `export function total${c.type}s(items${T(
      `: readonly ${c.type}[]`,
    )}, currency${T(': string')})${T(': number')} {`,
    '  return items.reduce((sum, item) => (item.currency === currency ? sum + item.amountMinor : sum), 0);',
    '}',
    '',
    `/** Groups by ${words(
      c.groupBy.name,
    )}, keeping input order within a group. */`,
    `export function ${lowerFirst(c.type)}sBy${groupName}(items${T(
      `: readonly ${c.type}[]`,
    )})${T(`: Map<string, ${c.type}[]>`)} {`,
    `  const groups = new Map${T(`<string, ${c.type}[]>`)}();`,
    '  for (const item of items) {',
    `    const group = groups.get(item.${c.groupBy.name}) ?? [];`,
    '    group.push(item);',
    `    groups.set(item.${c.groupBy.name}, group);`,
    '  }',
    '  return groups;',
    '}',
    '',
    ...(time
      ? [
          `/** A copy sorted by ${words(time.name)}, most recent first. */`,
          `export function latest${c.type}s(items${T(
            `: readonly ${c.type}[]`,
          )})${T(`: ${c.type}[]`)} {`,
          `  return [...items].sort((a, b) => b.${time.name}.getTime() - a.${time.name}.getTime());`,
          '}',
        ]
      : [
          '/** A copy sorted by amount, largest first. */',
          `export function largest${c.type}s(items${T(
            `: readonly ${c.type}[]`,
          )})${T(`: ${c.type}[]`)} {`,
          '  return [...items].sort((a, b) => b.amountMinor - a.amountMinor);',
          '}',
        ]),
  ];
  if (typed) {
    const content = [
      `/** ${upperFirst(
        words(c.type),
      )} rules shared by the routes and the jobs: validation, totals and grouping, free of I/O. */`,
      '',
      `export interface ${c.type} {`,
      ...c.fields.map(f => `  ${f.name}: ${tsTypes[f.kind]};`),
      '}',
      '',
      ...body,
    ];
    return {
      path: `${lowerFirst(c.type)}.ts`,
      content: `${content.join('\n')}\n`,
    };
  }
  // CommonJS with JSDoc, as in the JavaScript template.
  const content = [
    "'use strict';",
    '',
    `/** ${upperFirst(
      words(c.type),
    )} rules shared by the routes: validation, totals and grouping, free of I/O. */`,
    '',
    '/**',
    ` * @typedef {object} ${c.type}`,
    ...c.fields.map(f => ` * @property {${tsTypes[f.kind]}} ${f.name}`),
    ' */',
    '',
    ...body.map(line => line.replace(/^export /, '')),
    '',
    'module.exports = {',
    `  Invalid${c.type}Error,`,
    `  validate${c.type},`,
    `  total${c.type}s,`,
    `  ${lowerFirst(c.type)}sBy${groupName},`,
    `  ${time ? 'latest' : 'largest'}${c.type}s,`,
    '};',
  ];
  return {
    path: `${snake(c.type).replace(/_/g, '-')}.js`,
    content: `${content.join('\n')}\n`,
  };
}

// --- Rust --------------------------------------------------------------------------------------------------

const rustTypes: Record<FieldKind, string> = {
  text: 'String',
  count: 'u32',
  money: 'i64',
  currency: 'String',
  time: 'i64',
  flag: 'bool',
};

/** Rust keeps times as Unix seconds here so the module needs no date crate. */
const rustField = (f: Field) =>
  f.kind === 'time' ? `${snake(f.name)}_unix` : snake(f.name);

function rustModule(c: Concept): GeneratedFile {
  const time = c.fields.find(f => f.kind === 'time');
  const group = snake(c.groupBy.name);
  const lines = [
    `//! ${upperFirst(
      words(c.type),
    )} rules shared by the handlers: validation, totals and grouping, with no I/O.`,
    '',
    'use std::collections::BTreeMap;',
    'use std::fmt;',
    '',
    '#[derive(Debug, Clone, PartialEq, Eq)]',
    `pub struct ${c.type} {`,
    ...c.fields.map(f => `    pub ${rustField(f)}: ${rustTypes[f.kind]},`),
    '}',
    '',
    `/// Why a ${words(c.type)} was rejected.`,
    '#[derive(Debug, Clone, PartialEq, Eq)]',
    `pub enum Invalid${c.type} {`,
    '    EmptyId,',
    '    NegativeAmount(i64),',
    '    Currency(String),',
    '}',
    '',
    `impl fmt::Display for Invalid${c.type} {`,
    "    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {",
    '        match self {',
    `            Self::EmptyId => f.write_str("empty id"),`,
    `            Self::NegativeAmount(amount) => write!(f, "negative amount {amount}"),`,
    `            Self::Currency(code) => write!(f, "currency {code:?} is not an ISO 4217 code"),`,
    '        }',
    '    }',
    '}',
    '',
    `impl std::error::Error for Invalid${c.type} {}`,
    '',
    `impl ${c.type} {`,
    `    /// Checks the invariants every stored ${words(c.type)} keeps.`,
    `    pub fn validate(&self) -> Result<(), Invalid${c.type}> {`,
    '        if self.id.trim().is_empty() {',
    `            return Err(Invalid${c.type}::EmptyId);`,
    '        }',
    '        if self.amount_minor < 0 {',
    `            return Err(Invalid${c.type}::NegativeAmount(self.amount_minor));`,
    '        }',
    '        if self.currency.len() != 3 || !self.currency.chars().all(|c| c.is_ascii_uppercase()) {',
    `            return Err(Invalid${c.type}::Currency(self.currency.clone()));`,
    '        }',
    '        Ok(())',
    '    }',
    '}',
    '',
    '/// Sum of the amounts in one currency, in minor units.',
    `pub fn total(items: &[${c.type}], currency: &str) -> i64 {`,
    '    items',
    '        .iter()',
    '        .filter(|item| item.currency == currency)',
    '        .map(|item| item.amount_minor)',
    '        .sum()',
    '}',
    '',
    `/// Groups by ${words(
      c.groupBy.name,
    )}, keeping input order within a group.`,
    `pub fn by_${group}(items: &[${c.type}]) -> BTreeMap<&str, Vec<&${c.type}>> {`,
    '    let mut groups: BTreeMap<&str, Vec<&' +
      c.type +
      '>> = BTreeMap::new();',
    '    for item in items {',
    `        groups.entry(item.${group}.as_str()).or_default().push(item);`,
    '    }',
    '    groups',
    '}',
    '',
    ...(time
      ? [
          `/// Most recent first, by ${words(time.name)}.`,
          `pub fn latest(items: &[${c.type}]) -> Vec<&${c.type}> {`,
          '    let mut sorted: Vec<&' + c.type + '> = items.iter().collect();',
          `    sorted.sort_by_key(|item| std::cmp::Reverse(item.${rustField(
            time,
          )}));`,
          '    sorted',
          '}',
        ]
      : [
          '/// Largest amount first.',
          `pub fn largest(items: &[${c.type}]) -> Vec<&${c.type}> {`,
          '    let mut sorted: Vec<&' + c.type + '> = items.iter().collect();',
          '    sorted.sort_by_key(|item| std::cmp::Reverse(item.amount_minor));',
          '    sorted',
          '}',
        ]),
    '',
    '#[cfg(test)]',
    'mod tests {',
    '    use super::*;',
    '',
    `    fn sample() -> ${c.type} {`,
    `        ${c.type} {`,
    ...c.fields.map(f => {
      const name = rustField(f);
      if (name === 'id') return '            id: "a1".to_owned(),';
      if (f.kind === 'currency')
        return '            currency: "EUR".to_owned(),';
      if (f.kind === 'money') return '            amount_minor: 1250,';
      if (f.kind === 'count') return `            ${name}: 1,`;
      if (f.kind === 'time') return `            ${name}: 1_746_057_600,`;
      if (f.kind === 'flag') return `            ${name}: true,`;
      return `            ${name}: "x".to_owned(),`;
    }),
    '        }',
    '    }',
    '',
    '    #[test]',
    '    fn rejects_lower_case_currency() {',
    '        let item = ' +
      c.type +
      ' { currency: "eur".to_owned(), ..sample() };',
    '        assert!(item.validate().is_err());',
    '    }',
    '',
    '    #[test]',
    '    fn totals_one_currency() {',
    '        assert_eq!(total(&[sample(), sample()], "EUR"), 2500);',
    '    }',
    '}',
  ];
  return { path: `${snake(c.type)}.rs`, content: `${lines.join('\n')}\n` };
}

// --- Java --------------------------------------------------------------------------------------------------

const javaTypes: Record<FieldKind, string> = {
  text: 'String',
  count: 'int',
  money: 'long',
  currency: 'String',
  time: 'Instant',
  flag: 'boolean',
};

function javaModule(c: Concept, basePackage: string): GeneratedFile[] {
  const pkg = `${basePackage}.${c.type.toLowerCase()}`;
  const time = c.fields.find(f => f.kind === 'time');
  const record = [
    `package ${pkg};`,
    '',
    ...(time ? ['import java.time.Instant;'] : []),
    'import java.util.Objects;',
    '',
    `/** One ${words(
      c.type,
    )} as the service keeps it; the compact constructor enforces the invariants. */`,
    `public record ${c.type}(`,
    c.fields.map(f => `        ${javaTypes[f.kind]} ${f.name}`).join(',\n'),
    ') {',
    `    public ${c.type} {`,
    '        Objects.requireNonNull(id, "id");',
    '        Objects.requireNonNull(currency, "currency");',
    '        if (id.isBlank()) {',
    '            throw new IllegalArgumentException("empty id");',
    '        }',
    '        if (amountMinor < 0) {',
    '            throw new IllegalArgumentException("negative amount " + amountMinor);',
    '        }',
    '        if (!currency.matches("[A-Z]{3}")) {',
    '            throw new IllegalArgumentException("currency " + currency + " is not an ISO 4217 code");',
    '        }',
    ...c.fields
      .filter(f => f.kind === 'count')
      .flatMap(f => [
        `        if (${f.name} < 0) {`,
        `            throw new IllegalArgumentException("negative ${words(
          f.name,
        )}");`,
        '        }',
      ]),
    '    }',
    '}',
  ];
  const groupGetter = c.groupBy.name;
  const rules = [
    `package ${pkg};`,
    '',
    'import java.util.Comparator;',
    'import java.util.LinkedHashMap;',
    'import java.util.List;',
    'import java.util.Map;',
    'import java.util.stream.Collectors;',
    '',
    `/** Totals and grouping over ${words(
      c.type,
    )}s; free of I/O so the batch jobs and the API share it. */`,
    `public final class ${c.type}Rules {`,
    '',
    `    private ${c.type}Rules() {`,
    '    }',
    '',
    '    /** Sum of the amounts in one currency, in minor units. */',
    `    public static long total(List<${c.type}> items, String currency) {`,
    '        return items.stream()',
    '                .filter(item -> item.currency().equals(currency))',
    `                .mapToLong(${c.type}::amountMinor)`,
    '                .sum();',
    '    }',
    '',
    `    /** Groups by ${words(
      c.groupBy.name,
    )}, keeping input order within a group. */`,
    `    public static Map<String, List<${c.type}>> by${upperFirst(
      groupGetter,
    )}(List<${c.type}> items) {`,
    '        return items.stream()',
    `                .collect(Collectors.groupingBy(${c.type}::${groupGetter}, LinkedHashMap::new, Collectors.toList()));`,
    '    }',
    '',
    ...(time
      ? [
          `    /** Most recent first, by ${words(time.name)}. */`,
          `    public static List<${c.type}> latest(List<${c.type}> items) {`,
          `        return items.stream().sorted(Comparator.comparing(${c.type}::${time.name}).reversed()).toList();`,
          '    }',
        ]
      : [
          '    /** Largest amount first. */',
          `    public static List<${c.type}> largest(List<${c.type}> items) {`,
          `        return items.stream().sorted(Comparator.comparingLong(${c.type}::amountMinor).reversed()).toList();`,
          '    }',
        ]),
    '}',
  ];
  const dir = c.type.toLowerCase();
  return [
    { path: `${dir}/${c.type}.java`, content: `${record.join('\n')}\n` },
    { path: `${dir}/${c.type}Rules.java`, content: `${rules.join('\n')}\n` },
  ];
}

/**
 * Extra files for one repository. `existing` holds the template's paths, so no padding file replaces
 * one of them; `module` is the service's Python package name. Returns the files and, for Rust, the module
 * declaration main.rs needs.
 */
export function paddingFiles(options: {
  random: Random;
  target: PaddingTarget;
  count: number;
  module: string;
  existing: ReadonlySet<string>;
}): { files: GeneratedFile[]; rustModules: string[] } {
  const { random, target, count, module, existing } = options;
  const dir = target.dir.replace('{module}', module);
  const join = (...parts: string[]) => parts.filter(Boolean).join('/');
  const taken = (path: string) =>
    existing.has(path) || [...existing].some(p => p.startsWith(`${path}/`));
  const files: GeneratedFile[] = [];
  const rustModules: string[] = [];
  for (const type of sample(random, nouns, count)) {
    const c = concept(random, type);
    const pkg = type.toLowerCase();
    let produced: GeneratedFile[] = [];
    switch (target.language) {
      case 'go':
        produced = goModule(c, pkg).map(f => ({
          ...f,
          path: join(dir, pkg, f.path),
        }));
        break;
      case 'python': {
        // The import path of the module: `src/` is the source root of src-layout projects.
        const base = dir.replace(/^src\/?/, '').replace(/\//g, '.');
        const [source, test] = pythonModule(
          c,
          base ? `${base}.${snake(type)}` : snake(type),
        );
        produced = [{ ...source, path: join(dir, source.path) }];
        if (target.testDir)
          produced.push({ ...test, path: join(target.testDir, test.path) });
        break;
      }
      case 'typescript':
      case 'javascript': {
        const file = tsModule(c, target.language === 'typescript');
        produced = [{ ...file, path: join(dir, file.path) }];
        break;
      }
      case 'rust': {
        const file = rustModule(c);
        produced = [{ ...file, path: join(dir, file.path) }];
        rustModules.push(snake(type));
        break;
      }
      case 'java':
        produced = javaModule(c, target.javaPackage ?? 'com.example').map(
          f => ({
            ...f,
            path: join(dir, f.path),
          }),
        );
        break;
      default:
        throw new Error(`no padding for ${target.language}`);
    }
    // Go packages and Java sub-packages get a folder of their own, which must be new as well.
    const ownFolder =
      target.language === 'go' || target.language === 'java'
        ? join(dir, pkg)
        : undefined;
    if (produced.some(f => taken(f.path)) || (ownFolder && taken(ownFolder))) {
      if (target.language === 'rust') rustModules.pop();
      continue;
    }
    files.push(...produced);
  }
  if (target.language === 'rust' && rustModules.length > 0) {
    files.push({
      path: join(dir, 'mod.rs'),
      content: `//! Domain rules of the service, free of I/O.\n\n${rustModules
        .map(m => `pub mod ${m};`)
        .join('\n')}\n`,
    });
  }
  return { files, rustModules };
}
