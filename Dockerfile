# syntax=docker/dockerfile:1
#
# ReLoop container image.
#   docker build -t reloop .
# The image runs the production build and expects external PostgreSQL and Elasticsearch
# (see infra/README.md); with SPRING_DATASOURCE_URL and RELOOP_ELASTICSEARCH_URL set it starts
# no embedded database or search server and loads no demo data.

# ---- build stage -----------------------------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build

# The whole project (minus what .dockerignore excludes): pom, wrapper, src/, search-config/.
COPY . .

# The `production` profile runs Vaadin's production frontend build (it fetches Node itself if the
# project needs a frontend bundle). Maven and Node downloads are kept in BuildKit cache mounts.
# The glob matches the Boot fat jar (target/reloop-0.1.0-SNAPSHOT.jar), not the *.jar.original.
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.vaadin \
    chmod +x mvnw \
 && ./mvnw -B -Pproduction -DskipTests package \
 && cp target/reloop-*.jar application.jar \
 && java -Djarmode=tools -jar application.jar extract --layers --destination extracted \
 && mkdir -p search-config

# ---- runtime stage ---------------------------------------------------------------------------
FROM eclipse-temurin:25-jre

# curl is only for the HEALTHCHECK below (the Temurin image has neither curl nor wget).
# /var/lib/reloop/keys holds the stamp signing keys, readable only by the application's user; mount a volume there.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 reloop \
 && useradd --system --uid 10001 --gid reloop --home-dir /app --no-create-home \
            --shell /usr/sbin/nologin reloop \
 && install -d -o 10001 -g 10001 -m 0700 /var/lib/reloop/keys

WORKDIR /app
# Spring Boot layers, least to most frequently changing, for better layer caching.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# Index definitions (search-config/ at the project root), in case they are read from the file system.
COPY --from=build /build/search-config/ ./search-config/

ENV SERVER_PORT=8080 \
    RELOOP_STAMP_KEY_DIRECTORY=/var/lib/reloop/keys \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError"

USER 10001:10001
EXPOSE 8080

HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS "http://localhost:${SERVER_PORT:-8080}/actuator/health/liveness" >/dev/null || exit 1

# The Temurin entrypoint script is kept: with USE_SYSTEM_CA_CERTS=1 it adds CA certificates mounted
# under /certificates/*.crt to a JVM truststore (used for an Elasticsearch behind a private CA).
ENTRYPOINT ["/__cacert_entrypoint.sh", "java", "-jar", "/app/application.jar"]
