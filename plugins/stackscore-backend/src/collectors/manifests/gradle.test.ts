import {
  gradleProjectDir,
  parseGradleBuild,
  parseGradleLockfile,
  parseGradleSettings,
  parseVersionCatalog,
  stripGradleComments,
} from './gradle';

const kotlinBuild = `plugins {
    java
    id("org.springframework.boot") version "3.5.0"
    id("io.spring.dependency-management") version "1.1.7"
    alias(libs.plugins.cyclonedx)
}

val otelVersion = "2.15.0"

java {
    toolchain {
        languageVersion = JavaLanguageVersion.of(21)
    }
}

dependencyLocking {
    lockAllConfigurations()
}

dependencies {
    implementation(platform(org.springframework.boot.gradle.plugin.SpringBootPlugin.BOM_COORDINATES))
    implementation(enforcedPlatform("io.opentelemetry.instrumentation:opentelemetry-instrumentation-bom:$otelVersion"))
    implementation("org.springframework.boot:spring-boot-starter-web")
    // implementation("com.example:commented-out:1.0")
    implementation(libs.resilience4j.spring)
    implementation(libs.bundles.observability)
    runtimeOnly(group = "org.postgresql", name = "postgresql", version = "42.7.5")
    testImplementation("org.springframework.boot:spring-boot-starter-test")
    annotationProcessor("org.projectlombok:lombok:1.18.38")
    constraints {
        implementation("com.fasterxml.jackson.core:jackson-databind:2.19.0")
    }
}
`;

const catalogToml = `[versions]
resilience4j = "2.3.0"

[libraries]
resilience4j-spring = { module = "io.github.resilience4j:resilience4j-spring-boot3", version.ref = "resilience4j" }
micrometer-prometheus = "io.micrometer:micrometer-registry-prometheus:1.15.0"
otel-starter = { group = "io.opentelemetry.instrumentation", name = "opentelemetry-spring-boot-starter" }

[bundles]
observability = ["micrometer-prometheus", "otel-starter"]

[plugins]
cyclonedx = { id = "org.cyclonedx.bom", version = "2.3.0" }
`;

describe('parseGradleBuild', () => {
  it('reads plugins, platforms, catalog aliases, map notation, toolchain and locking', () => {
    const catalog = parseVersionCatalog(catalogToml);
    expect(catalog.error).toBeUndefined();
    const parsed = parseGradleBuild(kotlinBuild, 'build.gradle.kts', catalog);
    expect(parsed.error).toBeUndefined();
    expect(parsed.toolchain).toEqual({
      value: '21',
      file: 'build.gradle.kts',
      line: 12,
    });
    expect(parsed.settings).toMatchObject({
      springBootVersion: '3.5.0',
      toolchainSource: 'gradle-toolchain',
      dependencyLocking: true,
      war: false,
    });
    expect(Object.keys(parsed.settings.plugins as object)).toEqual([
      'java',
      'org.springframework.boot',
      'io.spring.dependency-management',
      'org.cyclonedx.bom',
    ]);
    const deps = parsed.dependencies.filter(d => d.name.includes(':'));
    expect(deps.map(d => [d.name, d.version, d.scope, d.line])).toEqual(
      expect.arrayContaining([
        [
          'io.opentelemetry.instrumentation:opentelemetry-instrumentation-bom',
          '2.15.0',
          'bom',
          22,
        ],
        [
          'org.springframework.boot:spring-boot-starter-web',
          undefined,
          'runtime',
          23,
        ],
        [
          'io.github.resilience4j:resilience4j-spring-boot3',
          '2.3.0',
          'runtime',
          25,
        ],
        [
          'io.micrometer:micrometer-registry-prometheus',
          '1.15.0',
          'runtime',
          26,
        ],
        [
          'io.opentelemetry.instrumentation:opentelemetry-spring-boot-starter',
          undefined,
          'runtime',
          26,
        ],
        ['org.postgresql:postgresql', '42.7.5', 'runtime', 27],
        [
          'org.springframework.boot:spring-boot-starter-test',
          undefined,
          'dev',
          28,
        ],
        ['org.projectlombok:lombok', '1.18.38', 'build', 29],
        [
          'org.springframework.boot:spring-boot-dependencies',
          '3.5.0',
          'bom',
          21,
        ],
      ]),
    );
    expect(deps.some(d => d.name.includes('commented-out'))).toBe(false);
    expect(deps.some(d => d.name.includes('jackson-databind'))).toBe(false);
    expect(parsed.serverFrameworks).toEqual([
      'org.springframework.boot:spring-boot-starter-web',
    ]);
  });

  it('reads Groovy notation and sourceCompatibility', () => {
    const parsed = parseGradleBuild(
      "apply plugin: 'war'\nsourceCompatibility = '17'\ndependencies {\n  implementation 'io.javalin:javalin:6.6.0'\n  compileOnly group: 'jakarta.servlet', name: 'jakarta.servlet-api', version: '6.1.0'\n  implementation platform('com.acme:bom:1.0')\n}\n",
      'build.gradle',
    );
    expect(parsed.toolchain?.value).toBe('17');
    expect(parsed.settings.toolchainSource).toBe('sourceCompatibility');
    expect(parsed.dependencies.map(d => [d.name, d.version, d.scope])).toEqual(
      expect.arrayContaining([
        ['io.javalin:javalin', '6.6.0', 'runtime'],
        ['jakarta.servlet:jakarta.servlet-api', '6.1.0', 'runtime'],
        ['com.acme:bom', '1.0', 'bom'],
      ]),
    );
    expect(parsed.serverFrameworks).toEqual([
      'io.javalin:javalin',
      'jakarta.servlet:jakarta.servlet-api',
    ]);
  });

  it('keeps string contents while blanking comments', () => {
    const stripped = stripGradleComments('a("x://y") // c\n/* b\n c */ d');
    expect(stripped).toBe('a("x://y")     \n    \n      d');
  });
});

describe('gradle settings, catalog and lockfile', () => {
  it('reads includes and the root project name', () => {
    expect(
      parseGradleSettings(
        'rootProject.name = "shop"\ninclude(":api", ":core:domain")\ninclude \'worker\'\n',
      ),
    ).toEqual({
      rootProjectName: 'shop',
      includes: [':api', ':core:domain', 'worker'],
    });
    expect(gradleProjectDir(':core:domain')).toBe('core/domain');
  });

  it('reports an invalid catalog', () => {
    expect(parseVersionCatalog('[libraries\n').error).toBeTruthy();
  });

  it('reads gradle.lockfile entries and rejects malformed lines', () => {
    const lock = parseGradleLockfile(
      '# comment\norg.apache.logging.log4j:log4j-api:2.24.3=compileClasspath\nempty=annotationProcessor\n',
      'gradle.lockfile',
    );
    expect(lock.packages).toEqual([
      { name: 'org.apache.logging.log4j:log4j-api', version: '2.24.3' },
    ]);
    expect(parseGradleLockfile('garbage\n', 'gradle.lockfile').error).toMatch(
      /line 1/,
    );
  });
});
