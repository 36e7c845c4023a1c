import type { Request } from 'express';
import type Router from 'express-promise-router';
import { NotFoundError } from '@backstage/errors';
import { z } from 'zod';
import {
  radarEntryCreateSchema,
  radarEntryUpdateSchema,
  stackscoreRadarEntryCreatePermission,
  stackscoreRadarEntryUpdatePermission,
  type RadarEntryDetailResponse,
  type RadarEntryResponse,
  type RadarResponse,
  type TeamRadarResponse,
  type UnknownTechnologiesResponse,
} from '@stackscore/plugin-stackscore-common';
import type { RadarStore, StoredRadarEntry } from '../../database/RadarStore';
import { summariseTeamRadar } from '../../radar/teamRadar';
import { RouterOptions, authorize } from '../context';
import { resolveTeam, teamQueryShape } from '../groups';
import { parseInput, requireJsonBody } from '../validation';

const idParamsSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
    message: 'must be a radar entry id (lower-case letters, digits, dashes)',
  }),
});
const emptyQuerySchema = z.object({}).strict();
const teamRadarQuerySchema = z.object(teamQueryShape).strict();

function entryJson(
  entry: StoredRadarEntry,
  services: number,
): RadarEntryResponse {
  return {
    id: entry.id,
    title: entry.title,
    quadrant: entry.quadrant,
    ring: entry.ring,
    description: entry.description,
    references: entry.references,
    conflict: entry.conflict,
    usage: entry.usage,
    seedVersion: entry.seedVersion,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
    updatedBy: entry.updatedBy,
    timeline: entry.timeline.map(move => ({
      date: move.movedAt.toISOString(),
      from: move.from,
      to: move.to,
      reason: move.reason,
      by: move.movedBy,
      decisionId: move.decisionId,
    })),
    services,
  };
}

/**
 * What the radar routes need.
 *
 * @internal
 */
export type RadarRouteOptions = Pick<
  RouterOptions,
  'httpAuth' | 'permissions' | 'userInfo' | 'catalog' | 'auth'
> & {
  radar: RadarStore;
  /** Told after every write, so scoring picks up new usage matchers at once. */
  onRadarChanged: () => void;
};

/**
 * `GET /v1/radar`, `GET /v1/radar/unknown`, `GET|PUT /v1/radar/entries/:id`, `POST /v1/radar/entries` and
 * `GET /v1/radar/teams/:namespace/:name`.
 *
 * @internal
 */
export function addRadarRoutes(
  router: ReturnType<typeof Router>,
  options: RadarRouteOptions,
) {
  const { radar, httpAuth, userInfo } = options;

  const callerRef = async (req: Request) =>
    (
      await userInfo.getUserInfo(
        await httpAuth.credentials(req, { allow: ['user'] }),
      )
    ).userEntityRef;

  router.get('/v1/radar', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    parseInput(emptyQuerySchema, req.query, 'query');
    const [entries, counts] = await Promise.all([
      radar.listEntries(),
      radar.usageCounts(),
    ]);
    res.json({
      entries: entries.map(entry => entryJson(entry, counts[entry.id] ?? 0)),
    } satisfies RadarResponse);
  });

  router.get('/v1/radar/unknown', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    parseInput(emptyQuerySchema, req.query, 'query');
    const byKey = new Map<
      string,
      UnknownTechnologiesResponse['items'][number] & { refs: Set<string> }
    >();
    for (const technology of await radar.unknownTechnologies()) {
      const item = byKey.get(technology.key) ?? {
        key: technology.key,
        kind: technology.kind,
        name: technology.name,
        services: 0,
        owners: [],
        refs: new Set<string>(),
      };
      item.refs.add(technology.entityRef);
      if (technology.owner && !item.owners.includes(technology.owner)) {
        item.owners.push(technology.owner);
      }
      byKey.set(technology.key, item);
    }
    const items = [...byKey.values()]
      .map(({ refs, ...item }) => ({
        ...item,
        services: refs.size,
        owners: item.owners.sort(),
      }))
      .sort((a, b) => b.services - a.services || a.key.localeCompare(b.key));
    res.json({ items } satisfies UnknownTechnologiesResponse);
  });

  router.get('/v1/radar/entries/:id', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const { id } = parseInput(idParamsSchema, req.params, 'radar entry id');
    parseInput(emptyQuerySchema, req.query, 'query');
    const entry = await radar.getEntry(id);
    if (!entry) throw new NotFoundError(`No radar entry ${id}`);
    const users = await radar.usersOf(id);
    res.json({
      ...entryJson(entry, users.length),
      users: users.map(u => ({
        entityRef: u.entityRef,
        owner: u.owner,
        since: u.firstSeenAt.toISOString(),
      })),
    } satisfies RadarEntryDetailResponse);
  });

  router.post('/v1/radar/entries', requireJsonBody, async (req, res) => {
    const by = await callerRef(req);
    const body = parseInput(radarEntryCreateSchema, req.body, 'body');
    await authorize(options, req, {
      permission: stackscoreRadarEntryCreatePermission,
    });
    const entry = await radar.createEntry(body, { by, at: new Date() });
    options.onRadarChanged();
    res.status(201).json(entryJson(entry, 0));
  });

  router.put('/v1/radar/entries/:id', requireJsonBody, async (req, res) => {
    const by = await callerRef(req);
    const { id } = parseInput(idParamsSchema, req.params, 'radar entry id');
    const body = parseInput(radarEntryUpdateSchema, req.body, 'body');
    await authorize(options, req, {
      permission: stackscoreRadarEntryUpdatePermission,
    });
    const entry = await radar.updateEntry(id, body, { by, at: new Date() });
    if (!entry) throw new NotFoundError(`No radar entry ${id}`);
    options.onRadarChanged();
    res.json(entryJson(entry, (await radar.usersOf(id)).length));
  });

  router.get('/v1/radar/teams/:namespace/:name', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const query = parseInput(teamRadarQuerySchema, req.query, 'query');
    const { team, owners } = await resolveTeam(options, req.params, query);
    const [entries, usage] = await Promise.all([
      radar.listEntries(),
      radar.teamUsage(owners),
    ]);
    res.json({
      team,
      ...summariseTeamRadar(entries, usage.technologies, usage.services),
    } satisfies TeamRadarResponse);
  });
}
