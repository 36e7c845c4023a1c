import { templateDecision } from '@stackscore/plugin-stackscore-common';
import { decision } from '../shared/decisionTestData';
import {
  applyTemplate,
  blankDecision,
  changedFields,
  contentOf,
  mergeEdits,
  toForm,
  toRequest,
  validate,
} from './form';

describe('decision form', () => {
  it('round-trips stored content through the form', () => {
    const content = contentOf(decision());
    const checked = validate(toForm(content));
    expect(checked).toEqual({ ok: true, content });
  });

  it('splits list fields: lines for drivers and pros, commas or lines for the rest', () => {
    const form = {
      ...toForm(blankDecision()),
      title: 'T',
      drivers: 'first\n\n  second  \n',
      deciders: 'user:default/alice, Bob\nCarol',
      entities: 'component:default/a,component:default/b',
      tags: 'event-driven, kafka',
    };
    const request = toRequest(form);
    expect(request.drivers).toEqual(['first', 'second']);
    expect(request.deciders).toEqual(['user:default/alice', 'Bob', 'Carol']);
    expect(request.scope?.entities).toEqual([
      'component:default/a',
      'component:default/b',
    ]);
    expect(request.tags).toEqual(['event-driven', 'kafka']);
    expect(request).not.toHaveProperty('chosenOption');
    expect(request.scope).not.toHaveProperty('team');
  });

  it("explains problems in the schema's words, naming the field as the form labels it", () => {
    const form = {
      ...toForm(decision()),
      title: '  ',
      date: '2026-13-40',
      tags: 'Bad Tag',
      entities: 'orders-api',
      chosenOption: 'Nope',
    };
    form.options = [
      { ...form.options[0], title: 'Kafka' },
      { ...form.options[1], title: 'kafka' },
    ];
    const checked = validate(form);
    expect(checked.ok).toBe(false);
    const messages = checked.ok ? [] : checked.problems.map(p => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Title: must not be empty',
        'Date: must be a date "YYYY-MM-DD"',
        'Tag 1: tags are lower-case words joined by dashes, e.g. "event-driven"',
        'Entity 1: must be an entity reference "kind:namespace/name", e.g. "component:default/orders-api"',
        'Option 2 name: option titles must be unique; "kafka" appears twice',
        'Chosen option: must be the title of one of the options',
      ]),
    );
  });

  it('sends only the fields an edit changed, with null for cleared ones', () => {
    const base = contentOf(decision());
    const edited = { ...base, title: 'New title', chosenOption: undefined };
    expect(changedFields(base, edited, 2)).toEqual({
      version: 2,
      title: 'New title',
      chosenOption: null,
    });
    expect(changedFields(base, base, 2)).toEqual({ version: 2 });
  });

  it("keeps the user's edits and takes the latest of every field they left alone", () => {
    const startedFrom = contentOf(decision());
    const latest = {
      ...startedFrom,
      title: 'Renamed by someone else',
      consequences: 'Changed by someone else.',
      outcome: 'Their outcome.',
    };
    const form = {
      ...toForm(startedFrom),
      outcome: 'My outcome.',
      tags: 'event-driven, mine',
    };
    const merged = mergeEdits(form, startedFrom, latest);
    expect(merged.outcome).toBe('My outcome.');
    expect(merged.tags).toBe('event-driven, mine');
    expect(merged.title).toBe('Renamed by someone else');
    expect(merged.consequences).toBe('Changed by someone else.');
    // Untouched options compare equal although their React keys differ.
    expect(merged.options.map(o => o.title)).toEqual(['Kafka', 'RabbitMQ']);
  });

  it("fills an empty form from a template and never throws the user's writing away", () => {
    const template = templateDecision('monolith-vs-microservices');
    const empty = toForm(blankDecision());
    const first = applyTemplate(empty, 'monolith-vs-microservices', undefined);
    expect(first.form.title).toBe(template.title);
    expect(first.form.drivers.split('\n')).toEqual(template.drivers);
    expect(first.form.options.map(o => o.title)).toEqual(
      template.options.map(o => o.title),
    );
    expect(first.form.radarEntries).toEqual(template.links.radarEntries);
    expect(first.form.templateId).toBe('monolith-vs-microservices');

    // Switching templates replaces what the first one filled in…
    const other = templateDecision('sync-vs-async-communication');
    const second = applyTemplate(
      first.form,
      'sync-vs-async-communication',
      first.applied,
    );
    expect(second.form.drivers.split('\n')).toEqual(other.drivers);
    expect(second.form.title).toBe(other.title);

    // …but text the user wrote stays, with the template's added after it.
    const written = { ...second.form, context: 'Our own context.' };
    const third = applyTemplate(
      written,
      'monolith-vs-microservices',
      second.applied,
    );
    expect(third.form.context.startsWith('Our own context.\n\n')).toBe(true);
    expect(third.form.context).toContain(template.context);
    expect(third.applied.context).toBeUndefined();
  });
});
