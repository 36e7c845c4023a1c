import { parsePom, resolvePomModule } from './java';

const parentPom = `<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.5.0</version>
    <relativePath/>
  </parent>
  <groupId>com.acme</groupId>
  <artifactId>platform</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
  <modules>
    <module>api</module>
    <module>config-server</module>
  </modules>
  <properties>
    <java.version>21</java.version>
    <resilience4j.version>2.3.0</resilience4j.version>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.opentelemetry</groupId>
        <artifactId>opentelemetry-bom</artifactId>
        <version>1.49.0</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
      <dependency>
        <groupId>io.github.resilience4j</groupId>
        <artifactId>resilience4j-spring-boot3</artifactId>
        <version>\${resilience4j.version}</version>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>io.micrometer</groupId>
      <artifactId>micrometer-registry-prometheus</artifactId>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <artifactId>maven-enforcer-plugin</artifactId>
        <version>3.5.0</version>
        <executions>
          <execution>
            <configuration>
              <rules><banDynamicVersions/></rules>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
`;

const childPom = `<project>
  <parent>
    <groupId>com.acme</groupId>
    <artifactId>platform</artifactId>
    <version>1.0.0</version>
  </parent>
  <artifactId>api</artifactId>
  <dependencies>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-web</artifactId>
    </dependency>
    <dependency>
      <groupId>io.github.resilience4j</groupId>
      <artifactId>resilience4j-spring-boot3</artifactId>
    </dependency>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <scope>test</scope>
    </dependency>
  </dependencies>
</project>
`;

describe('parsePom / resolvePomModule', () => {
  it('reads a Spring Boot parent pom: bom, properties, plugins config, modules, toolchain', () => {
    const parent = parsePom(parentPom, 'pom.xml');
    expect(parent.error).toBeUndefined();
    const module = resolvePomModule(parent, []);
    expect(module.name).toBe('platform');
    expect(module.toolchain).toEqual({
      value: '21',
      file: 'pom.xml',
      line: 19,
    });
    expect(module.settings).toMatchObject({
      springBootVersion: '3.5.0',
      packaging: 'pom',
      aggregator: true,
      modules: ['api', 'config-server'],
      parent: {
        groupId: 'org.springframework.boot',
        artifactId: 'spring-boot-starter-parent',
        version: '3.5.0',
      },
      toolchainSource: 'java.version',
      plugins: {
        'maven-enforcer-plugin': { rules: { banDynamicVersions: '' } },
      },
    });
    expect(
      module.dependencies.map(d => [d.name, d.version, d.scope, d.line]),
    ).toEqual([
      ['io.opentelemetry:opentelemetry-bom', '1.49.0', 'bom', 26],
      [
        'org.springframework.boot:spring-boot-starter-parent',
        '3.5.0',
        'bom',
        4,
      ],
      [
        'io.micrometer:micrometer-registry-prometheus',
        undefined,
        'runtime',
        41,
      ],
      ['org.apache.maven.plugins:maven-enforcer-plugin', '3.5.0', 'build', 47],
    ]);
    expect(module.serverFrameworks).toEqual([]);
  });

  it('resolves a child module against its parent in the repository', () => {
    const parent = parsePom(parentPom, 'pom.xml');
    const child = parsePom(childPom, 'api/pom.xml');
    const module = resolvePomModule(child, [parent]);
    expect(module.name).toBe('api');
    expect(module.toolchain).toEqual({
      value: '21',
      file: 'pom.xml',
      line: 19,
    });
    expect(module.serverFrameworks).toEqual([
      'org.springframework.boot:spring-boot-starter-web',
    ]);
    const resilience = module.dependencies.find(d =>
      d.name.endsWith('resilience4j-spring-boot3'),
    );
    expect(resilience).toEqual({
      name: 'io.github.resilience4j:resilience4j-spring-boot3',
      version: '2.3.0',
      scope: 'runtime',
      file: 'api/pom.xml',
      line: 15,
    });
    // Inherited from the parent pom, with the parent's file.
    expect(module.dependencies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'io.micrometer:micrometer-registry-prometheus',
          file: 'pom.xml',
        }),
        expect.objectContaining({
          name: 'org.springframework.boot:spring-boot-starter-parent',
          scope: 'bom',
        }),
        expect.objectContaining({
          name: 'org.junit.jupiter:junit-jupiter',
          scope: 'dev',
        }),
      ]),
    );
    expect(module.settings.springBootVersion).toBe('3.5.0');
  });

  it('prefers maven.compiler.release and counts the servlet API only in war packaging', () => {
    const pom = (packaging: string) =>
      parsePom(
        `<project><artifactId>w</artifactId><packaging>${packaging}</packaging><properties><maven.compiler.release>17</maven.compiler.release><java.version>21</java.version></properties><dependencies><dependency><groupId>jakarta.servlet</groupId><artifactId>jakarta.servlet-api</artifactId><scope>provided</scope></dependency></dependencies></project>`,
        'pom.xml',
      );
    const war = resolvePomModule(pom('war'), []);
    expect(war.toolchain?.value).toBe('17');
    expect(war.serverFrameworks).toEqual([
      'jakarta.servlet:jakarta.servlet-api',
    ]);
    expect(resolvePomModule(pom('jar'), []).serverFrameworks).toEqual([]);
  });

  it('recognises infrastructure servers', () => {
    const module = resolvePomModule(
      parsePom(
        '<project><artifactId>cfg</artifactId><dependencies><dependency><groupId>org.springframework.cloud</groupId><artifactId>spring-cloud-config-server</artifactId></dependency></dependencies></project>',
        'pom.xml',
      ),
      [],
    );
    expect(module.serverFrameworks).toEqual([
      'org.springframework.cloud:spring-cloud-config-server',
    ]);
  });

  it('reports malformed XML with its line', () => {
    const model = parsePom(
      '<project>\n  <artifactId>x</artifactId>\n  <dependencies>\n</project>\n',
      'pom.xml',
    );
    expect(model.error).toMatch(/line \d+/);
    expect(resolvePomModule(model, []).error).toBe(model.error);
    expect(parsePom('<other/>', 'pom.xml').error).toMatch(/no <project>/);
  });
});
