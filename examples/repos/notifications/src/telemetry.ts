// Loaded first (see server.ts) so auto-instrumentation can patch http, pg, fastify and pino before they load.
import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { getNodeAutoInstrumentations } from '@opentelemetry/auto-instrumentations-node';
import { PinoInstrumentation } from '@opentelemetry/instrumentation-pino';

export const sdk = new NodeSDK({
  serviceName: 'notifications',
  // OTEL_EXPORTER_OTLP_ENDPOINT is set by the deployment; the exporter reads it.
  traceExporter: new OTLPTraceExporter(),
  instrumentations: [
    getNodeAutoInstrumentations({ '@opentelemetry/instrumentation-fs': { enabled: false } }),
    // Adds trace_id and span_id to every log line.
    new PinoInstrumentation(),
  ],
});

sdk.start();
