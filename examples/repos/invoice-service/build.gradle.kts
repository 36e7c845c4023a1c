plugins {
    java
    id("org.springframework.boot") version "3.5.0"
    id("com.github.spotbugs") version "6.1.11"
    id("org.owasp.dependencycheck") version "12.1.1"
    id("org.cyclonedx.bom") version "2.3.0"
}

group = "com.larkspur"
version = "3.2.0"

java {
    toolchain {
        languageVersion = JavaLanguageVersion.of(21)
    }
}

repositories {
    mavenCentral()
}

dependencyLocking {
    lockAllConfigurations()
}

dependencies {
    implementation(platform(org.springframework.boot.gradle.plugin.SpringBootPlugin.BOM_COORDINATES))
    implementation(platform("io.opentelemetry.instrumentation:opentelemetry-instrumentation-bom:2.15.0"))

    implementation("org.springframework.boot:spring-boot-starter-web")
    implementation("org.springframework.boot:spring-boot-starter-validation")
    implementation("org.springframework.boot:spring-boot-starter-security")
    implementation("org.springframework.boot:spring-boot-starter-thymeleaf")
    implementation("org.springframework.boot:spring-boot-starter-actuator")
    implementation("org.springframework.boot:spring-boot-starter-jdbc")
    implementation("io.micrometer:micrometer-registry-prometheus")
    implementation("io.opentelemetry.instrumentation:opentelemetry-spring-boot-starter")
    implementation("com.github.librepdf:openpdf:2.0.4")
    runtimeOnly("org.postgresql:postgresql")

    spotbugsPlugins("com.h3xstream.findsecbugs:findsecbugs-plugin:1.14.0")

    testImplementation("org.springframework.boot:spring-boot-starter-test")
    testRuntimeOnly("org.junit.platform:junit-platform-launcher")
}

tasks.test {
    useJUnitPlatform()
}

spotbugs {
    effort = com.github.spotbugs.snom.Effort.MAX
    ignoreFailures = false
}

dependencyCheck {
    failBuildOnCVSS = 7.0f
    nvd {
        apiKey = System.getenv("NVD_API_KEY")
    }
}
