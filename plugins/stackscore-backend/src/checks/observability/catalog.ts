import type { Evidence } from '@stackscore/plugin-stackscore-common';
import type { CheckImplementation } from '../types';
import { fail, notApplicable, pass } from '../outcomes';
import { repoSignals, signalEvidence } from './moduleEvidence';

const dashboardAnnotations = [
  'grafana/dashboard-selector',
  'grafana/overview-dashboard',
];

const dashboardFile = /(^|\/)dashboards?\/[^/]+\.json$|dashboard[^/]*\.json$/i;

const dashboardLinked: CheckImplementation = {
  id: 'observability.dashboard-linked',
  needsSource: false,
  evaluate(facts) {
    const { annotations, links } = facts.catalog;
    const evidence: Evidence[] = [
      ...dashboardAnnotations
        .filter(key => annotations[key])
        .map(key => ({ message: `Annotation ${key}: ${annotations[key]}` })),
      ...links
        .filter(link =>
          /grafana|cloudwatch|dashboard/i.test(
            `${link.url} ${link.title ?? ''}`,
          ),
        )
        .map(link => ({
          message: `Link ${link.title ? `"${link.title}" ` : ''}${link.url}`,
        })),
    ];
    if (evidence.length > 0) return pass(...evidence);
    if (!facts.source.available) {
      return notApplicable(
        'No dashboard annotation or link, and no source to look for dashboards kept as code',
      );
    }
    const asCode: Evidence[] = [
      ...facts.files
        .filter(file => dashboardFile.test(file))
        .map(file => ({ message: `Dashboard as code: ${file}`, file })),
      ...repoSignals(facts, 'observability.dashboard-code').map(s =>
        signalEvidence(s, 'Dashboard as code'),
      ),
    ];
    if (asCode.length > 0) return pass(...asCode.slice(0, 5));
    return fail({
      message:
        'No dashboard: no grafana/dashboard-selector or grafana/overview-dashboard annotation, no Grafana/CloudWatch link, no dashboards/*.json or aws_cloudwatch_dashboard',
    });
  },
};

const isOnCallAnnotation = (key: string) =>
  key.startsWith('pagerduty.com/') || key.startsWith('opsgenie.com/');

const alertingOnCall: CheckImplementation = {
  id: 'observability.alerting-on-call',
  needsSource: false,
  evaluate(facts) {
    const onCall = Object.keys(facts.catalog.annotations).filter(
      isOnCallAnnotation,
    );
    if (onCall.length === 0) {
      return fail({
        message:
          'No on-call annotation (pagerduty.com/* or opsgenie.com/*): alerts reach nobody',
      });
    }
    const routed = onCall.map(key => ({
      message: `On-call annotation ${key}: ${facts.catalog.annotations[key]}`,
    }));
    if (!facts.source.available) {
      return notApplicable(
        `${routed[0].message}; no source to look for alert rules`,
      );
    }
    const rules: Evidence[] = [
      ...facts.slo
        .filter(
          spec =>
            spec.format === 'sloth' ||
            spec.format === 'pyrra' ||
            (spec.format === 'stackscore' &&
              (spec.generator === 'sloth' || spec.generator === 'pyrra')),
        )
        .map(spec => ({
          message: `SLO alerts generated from ${spec.file ?? 'the SLO spec'}`,
          ...(spec.file ? { file: spec.file } : {}),
        })),
      ...repoSignals(facts, [
        'observability.alert-rule',
        'observability.cloudwatch-alarm',
      ])
        .slice(0, 3)
        .map(s => signalEvidence(s, 'Alert rule')),
    ];
    if (rules.length > 0) return pass(...routed, ...rules);
    return fail(...routed, {
      message:
        'No alert rule: no Prometheus rule file or PrometheusRule, no Sloth/Pyrra spec, no aws_cloudwatch_metric_alarm',
    });
  },
};

const ownershipDeclared: CheckImplementation = {
  id: 'observability.ownership-declared',
  needsSource: false,
  evaluate(facts) {
    const { owner, system } = facts.catalog;
    const problems: Evidence[] = [];
    const good: Evidence[] = [];
    if (!owner) {
      problems.push({ message: 'spec.owner is missing' });
    } else if (!owner.startsWith('group:')) {
      problems.push({
        message: `spec.owner is ${owner}, not a Group: ownership should outlive one person`,
      });
    } else {
      good.push({ message: `Owned by ${owner}` });
    }
    if (system) good.push({ message: `Part of ${system}` });
    else problems.push({ message: 'spec.system is not set' });
    return problems.length > 0 ? fail(...problems) : pass(...good);
  },
};

/**
 * Checks judged on catalog metadata (and dashboards or alert rules kept as code).
 *
 * @internal
 */
export const catalogChecks: CheckImplementation[] = [
  dashboardLinked,
  alertingOnCall,
  ownershipDeclared,
];
