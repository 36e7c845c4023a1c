import type { Ecosystem } from '@stackscore/plugin-stackscore-common';

/**
 * Signal ids of outbound client code, per ecosystem.
 *
 * @internal
 */
export const outboundClientSignals: Record<Ecosystem, string> = {
  go: 'slo.go-outbound-client',
  node: 'slo.node-outbound-client',
  python: 'slo.python-outbound-client',
  rust: 'slo.rust-outbound-client',
  java: 'slo.java-outbound-client',
};

/**
 * Kafka client libraries, per ecosystem (dependency names as the module facts spell them).
 *
 * @internal
 */
export const kafkaClients: Record<Ecosystem, readonly (string | RegExp)[]> = {
  go: [
    /^github\.com\/segmentio\/kafka-go/,
    /^github\.com\/confluentinc\/confluent-kafka-go/,
    /^github\.com\/(IBM|Shopify)\/sarama/,
    /^github\.com\/twmb\/franz-go/,
  ],
  python: ['confluent-kafka', 'kafka-python', 'aiokafka', 'faust-streaming'],
  node: [
    'kafkajs',
    'node-rdkafka',
    '@confluentinc/kafka-javascript',
    '@platformatic/kafka',
  ],
  rust: ['rdkafka', 'kafka', 'rskafka'],
  java: [
    'org.springframework.kafka:spring-kafka',
    'org.apache.kafka:kafka-clients',
    'org.apache.kafka:kafka-streams',
    'org.springframework.cloud:spring-cloud-stream-binder-kafka',
    /^io\.quarkus:quarkus-(smallrye-reactive-)?messaging-kafka$/,
    'io.micronaut.kafka:micronaut-kafka',
  ],
};

/**
 * RabbitMQ and SQS client libraries, per ecosystem. Generic AWS SDKs are not listed: they count as a
 * consumer only with a receive call in the code (signal `slo.queue-consumer`).
 *
 * @internal
 */
export const queueClients: Record<Ecosystem, readonly (string | RegExp)[]> = {
  go: [
    'github.com/rabbitmq/amqp091-go',
    'github.com/streadway/amqp',
    'github.com/aws/aws-sdk-go-v2/service/sqs',
  ],
  python: ['pika', 'aio-pika', 'kombu'],
  node: [
    'amqplib',
    'amqp-connection-manager',
    'rascal',
    '@aws-sdk/client-sqs',
    'sqs-consumer',
  ],
  rust: ['lapin', 'aws-sdk-sqs'],
  java: [
    'org.springframework.boot:spring-boot-starter-amqp',
    'org.springframework.amqp:spring-rabbit',
    'com.rabbitmq:amqp-client',
    'software.amazon.awssdk:sqs',
    'com.amazonaws:aws-java-sdk-sqs',
    /^io\.awspring\.cloud:spring-cloud-aws-starter-sqs$/,
  ],
};
