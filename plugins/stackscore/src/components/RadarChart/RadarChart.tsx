import { KeyboardEvent, useMemo, useState } from 'react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  radarQuadrants,
  radarRings,
} from '@stackscore/plugin-stackscore-common';
import {
  quadrantTitle,
  ringColours,
  ringTitle,
  servicesCount,
} from '../shared/radar';
import {
  PlacedBlip,
  RadarChartEntry,
  centre,
  chartSize,
  layoutBlips,
  outerRadius,
  ringBands,
} from './layout';

const useStyles = makeStyles(theme => ({
  frame: {
    position: 'relative',
    width: '100%',
    maxWidth: chartSize,
    margin: '0 auto',
  },
  layer: {
    display: 'block',
    width: '100%',
    height: 'auto',
  },
  overlay: {
    position: 'absolute',
    top: 0,
    left: 0,
  },
  band: {
    fill: theme.palette.type === 'dark' ? '#ffffff' : '#000000',
  },
  axis: {
    stroke: theme.palette.background.paper,
    strokeWidth: 3,
  },
  ringLabel: {
    fill: theme.palette.text.secondary,
    fontSize: 12,
    fontWeight: 600,
    letterSpacing: 1,
    textTransform: 'uppercase',
  },
  quadrantLabel: {
    fill: theme.palette.text.primary,
    fontSize: 16,
    fontWeight: 700,
  },
  blip: {
    cursor: 'pointer',
    outline: 'none',
    '&:focus-visible $blipBody, &:hover $blipBody': {
      stroke: theme.palette.text.primary,
      strokeWidth: 2,
    },
  },
  blipBody: {},
  blipNumber: {
    fill: '#fff',
    fontSize: 9,
    fontWeight: 700,
    pointerEvents: 'none',
  },
  tooltip: {
    position: 'absolute',
    transform: 'translate(-50%, calc(-100% - 12px))',
    pointerEvents: 'none',
    background: theme.palette.grey[800],
    color: theme.palette.common.white,
    padding: theme.spacing(0.75, 1),
    borderRadius: theme.shape.borderRadius,
    fontSize: theme.typography.caption.fontSize,
    whiteSpace: 'nowrap',
    zIndex: 1,
  },
  legendList: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    columnWidth: '14em',
    columnGap: theme.spacing(2),
  },
  legendItem: {
    fontSize: theme.typography.body2.fontSize,
    lineHeight: 1.6,
    breakInside: 'avoid',
    borderRadius: theme.shape.borderRadius,
    paddingLeft: theme.spacing(0.5),
  },
  legendActive: {
    background: theme.palette.action.selected,
  },
  legendNumber: {
    display: 'inline-block',
    minWidth: '2.2em',
    fontWeight: 700,
  },
  legendCount: {
    color: theme.palette.text.secondary,
    marginLeft: theme.spacing(0.5),
  },
  holdMark: {
    color: ringColours.hold,
    fontWeight: 700,
    marginLeft: theme.spacing(0.5),
  },
}));

/**
 * Props of {@link RadarChart}.
 *
 * @internal
 */
export interface RadarChartProps {
  entries: readonly RadarChartEntry[];
  /** Entry drawn as selected. */
  selectedId?: string;
  /** Called with the entry id when a blip is clicked or activated from the keyboard. */
  onSelect?: (id: string) => void;
  /** Grow blips with their count; for team radars, where the count is the team's services using it. */
  scaleByCount?: boolean;
}

function Blip({
  blip,
  selected,
  active,
  tooltipId,
  onSelect,
  onActivate,
  onDeactivate,
}: {
  blip: PlacedBlip;
  selected: boolean;
  active: boolean;
  tooltipId: string;
  onSelect?: (id: string) => void;
  onActivate: (id: string) => void;
  onDeactivate: (id: string) => void;
}) {
  const classes = useStyles();
  const select = () => onSelect?.(blip.id);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select();
    }
  };
  return (
    <g
      className={classes.blip}
      transform={`translate(${blip.x.toFixed(1)} ${blip.y.toFixed(1)})`}
      role="button"
      tabIndex={0}
      aria-label={blip.title}
      aria-pressed={onSelect ? selected : undefined}
      aria-describedby={active ? tooltipId : undefined}
      data-testid={`radar-blip-${blip.id}`}
      onClick={select}
      onKeyDown={onKeyDown}
      onMouseEnter={() => onActivate(blip.id)}
      onMouseLeave={() => onDeactivate(blip.id)}
      onFocus={() => onActivate(blip.id)}
      onBlur={() => onDeactivate(blip.id)}
    >
      {blip.highlight === 'hold' && (
        <circle
          r={blip.r + 4}
          fill="none"
          stroke={ringColours.hold}
          strokeWidth={2}
          strokeDasharray="4 2"
        />
      )}
      {(selected || active) && (
        <circle r={blip.r + 3} fill="none" stroke="#888" strokeWidth={1.5} />
      )}
      <circle
        className={classes.blipBody}
        r={blip.r}
        fill={ringColours[blip.ring]}
        stroke={selected ? '#000' : 'none'}
        strokeWidth={selected ? 2.5 : 0}
      />
      <text
        className={classes.blipNumber}
        textAnchor="middle"
        dy="0.35em"
        aria-hidden="true"
      >
        {blip.number}
      </text>
    </g>
  );
}

function Tooltip({ blip, id }: { blip: PlacedBlip; id: string }) {
  const classes = useStyles();
  return (
    <div
      id={id}
      role="tooltip"
      className={classes.tooltip}
      style={{
        left: `${(blip.x / chartSize) * 100}%`,
        top: `${((blip.y - blip.r) / chartSize) * 100}%`,
      }}
    >
      <strong>{blip.title}</strong>
      <div>
        {ringTitle(blip.ring)} · {quadrantTitle(blip.quadrant)}
      </div>
      {blip.count !== undefined && <div>{servicesCount(blip.count)}</div>}
      {blip.highlight === 'hold' && <div>On hold: plan to move away</div>}
    </div>
  );
}

/** The rings, axes and labels: everything but the blips, drawn once as one image. */
function Background() {
  const classes = useStyles();
  return (
    <svg
      className={classes.layer}
      viewBox={`0 0 ${chartSize} ${chartSize}`}
      role="img"
      aria-label="Tech radar"
    >
      {[...ringBands].reverse().map((band, i) => (
        <circle
          key={band.ring}
          className={classes.band}
          cx={centre}
          cy={centre}
          r={band.outer}
          fillOpacity={i % 2 === 0 ? 0.05 : 0.09}
        />
      ))}
      <line
        className={classes.axis}
        x1={centre - outerRadius}
        x2={centre + outerRadius}
        y1={centre}
        y2={centre}
      />
      <line
        className={classes.axis}
        x1={centre}
        x2={centre}
        y1={centre - outerRadius}
        y2={centre + outerRadius}
      />
      {ringBands.map(band => (
        <g key={band.ring}>
          {[-1, 1].map(side => (
            <text
              key={side}
              className={classes.ringLabel}
              x={centre + (side * (band.inner + band.outer)) / 2}
              y={centre - 6}
              textAnchor="middle"
            >
              {ringTitle(band.ring)}
            </text>
          ))}
        </g>
      ))}
      <text className={classes.quadrantLabel} x={4} y={20}>
        {quadrantTitle('languages-frameworks')}
      </text>
      <text
        className={classes.quadrantLabel}
        x={chartSize - 4}
        y={20}
        textAnchor="end"
      >
        {quadrantTitle('tools')}
      </text>
      <text className={classes.quadrantLabel} x={4} y={chartSize - 8}>
        {quadrantTitle('platforms')}
      </text>
      <text
        className={classes.quadrantLabel}
        x={chartSize - 4}
        y={chartSize - 8}
        textAnchor="end"
      >
        {quadrantTitle('techniques')}
      </text>
    </svg>
  );
}

function RingLegend() {
  return (
    <Box display="flex" flexWrap="wrap" justifyContent="center" my={1}>
      {radarRings.map(ring => (
        <Box key={ring.id} display="flex" alignItems="center" mx={1.5} my={0.5}>
          <svg width={12} height={12} aria-hidden="true">
            <circle cx={6} cy={6} r={6} fill={ringColours[ring.id]} />
          </svg>
          <Typography
            variant="body2"
            component="span"
            style={{ marginLeft: 6 }}
          >
            <strong>{ring.title}</strong> — {ring.description}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function QuadrantLegend({
  blips,
  activeId,
  onHover,
}: {
  blips: PlacedBlip[];
  activeId?: string;
  onHover: (id: string | undefined) => void;
}) {
  const classes = useStyles();
  if (blips.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No entries
      </Typography>
    );
  }
  return (
    <>
      {radarRings.map(ring => {
        const inRing = blips.filter(blip => blip.ring === ring.id);
        if (inRing.length === 0) return null;
        return (
          <Box key={ring.id} mb={1}>
            <Typography
              variant="overline"
              component="h4"
              style={{ color: ringColours[ring.id], lineHeight: 2 }}
            >
              {ring.title}
            </Typography>
            <ul className={classes.legendList} aria-label={ring.title}>
              {inRing.map(blip => (
                // Hovering a legend line lights up its blip; blips themselves are the keyboard targets.
                <li
                  key={blip.id}
                  className={`${classes.legendItem} ${
                    blip.id === activeId ? classes.legendActive : ''
                  }`}
                  onMouseEnter={() => onHover(blip.id)}
                  onMouseLeave={() => onHover(undefined)}
                >
                  <span className={classes.legendNumber}>{blip.number}</span>
                  {blip.title}
                  {blip.count !== undefined && (
                    <span
                      className={classes.legendCount}
                      title={servicesCount(blip.count)}
                    >
                      ({blip.count})
                    </span>
                  )}
                  {blip.highlight === 'hold' && (
                    <span className={classes.holdMark} title="On hold">
                      !
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </Box>
        );
      })}
    </>
  );
}

/**
 * A technology radar drawn in SVG: four quadrants, four rings (adopt at the centre, hold outside), one
 * numbered blip per entry placed deterministically in its sector, a ring legend and a numbered legend per
 * quadrant. Hovering or focusing a blip shows its title, ring and usage; clicking it or pressing Enter
 * selects it.
 *
 * @internal
 */
export function RadarChart(props: RadarChartProps) {
  const { entries, selectedId, onSelect, scaleByCount } = props;
  const classes = useStyles();
  const blips = useMemo(
    () => layoutBlips(entries, { byCount: scaleByCount }),
    [entries, scaleByCount],
  );
  const [activeId, setActiveId] = useState<string>();
  const active = blips.find(blip => blip.id === activeId);
  // Unique per chart so two radars on one page do not describe each other's blips.
  const [tooltipId] = useState(
    () => `stackscore-radar-tooltip-${Math.random().toString(36).slice(2)}`,
  );

  return (
    <div>
      <div className={classes.frame}>
        <Background />
        <svg
          className={`${classes.layer} ${classes.overlay}`}
          viewBox={`0 0 ${chartSize} ${chartSize}`}
          role="group"
          aria-label="Radar entries"
        >
          {blips.map(blip => (
            <Blip
              key={blip.id}
              blip={blip}
              selected={blip.id === selectedId}
              active={blip.id === activeId}
              tooltipId={tooltipId}
              onSelect={onSelect}
              onActivate={setActiveId}
              onDeactivate={id =>
                setActiveId(current => (current === id ? undefined : current))
              }
            />
          ))}
        </svg>
        {active && <Tooltip blip={active} id={tooltipId} />}
      </div>
      <RingLegend />
      <Grid container spacing={2}>
        {radarQuadrants.map(quadrant => (
          <Grid key={quadrant.id} item xs={12} sm={6} lg={3}>
            <Typography variant="h6" component="h3">
              {quadrant.title}
            </Typography>
            <QuadrantLegend
              blips={blips.filter(blip => blip.quadrant === quadrant.id)}
              activeId={activeId}
              onHover={setActiveId}
            />
          </Grid>
        ))}
      </Grid>
    </div>
  );
}
