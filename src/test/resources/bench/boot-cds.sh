#!/usr/bin/env bash
# Boot to ready with and without a class data sharing archive, ours beside the bare Camunda starter (issue 24,
# README "Benchmark": boot). Ours is started as docker/Dockerfile starts it: Spring Boot's extracted jar and an
# archive made by one training start that ends once the context is refreshed. The bare starter gets the same
# treatment, so both ratios print: neither with an archive, both with one, and ours with one beside bare without.
# Usage, from the project folder: bash src/test/resources/bench/boot-cds.sh [rounds, default 3]
set -euo pipefail
rounds=${1:-3}
mvn -o -q package -DskipTests -Dbpmnlint.skip=true
work=$(pwd)/target/boot-cds
rm -rf "$work" && mkdir -p "$work"
java -Djarmode=tools -jar target/dldc-access-*.jar extract --destination "$work" >/dev/null
app=$(ls "$work"/dldc-access-*.jar)
jar cf "$work/bare.jar" -C target/test-classes benchbare
bare_cp="$work/bare.jar:$app:$(ls "$work"/lib/*.jar | sort | paste -sd:)"
bare_args=(--spring.flyway.enabled=false "--camunda.bpm.deployment-resource-pattern=classpath*:nothing/*.bpmn"
  --camunda.bpm.admin-user.id=demo --camunda.bpm.admin-user.password=demo)

launch() { # who, extra JVM options..., then the application's arguments
  local who=$1; shift
  if [ "$who" = ours ]; then java -Xmx512m "$@" -jar "$app" "${args[@]}"
  else java -Xmx512m "$@" -cp "$bare_cp" benchbare.BareStarterApplication "${args[@]}" "${bare_args[@]}"; fi
}

for who in ours bare; do # the training starts, as in the Dockerfile
  args=(--server.port=0 "--spring.datasource.url=jdbc:h2:mem:training;DB_CLOSE_DELAY=-1" --logging.level.root=warn)
  (cd "$work" && launch $who -XX:ArchiveClassesAtExit="$work/$who.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dspring.context.exit=onRefresh >"$work/train-$who.log" 2>&1)
done

boot() { # who, cds|plain: prints seconds to readiness 200 and CPU seconds by then
  local who=$1 mode=$2 port dir pid t0 t1 cds=()
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
  dir=$(mktemp -d)
  [ "$mode" = cds ] && cds=(-XX:SharedArchiveFile="$work/$who.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
  args=(--server.port=$port "--spring.datasource.url=jdbc:h2:mem:boot;DB_CLOSE_DELAY=-1" --logging.level.root=warn)
  t0=$(date +%s.%N)
  (cd "$dir" && launch $who "${cds[@]}" >"$dir/out.log" 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    kill -0 $pid 2>/dev/null || { echo "$who $mode stopped:"; tail -20 "$dir/out.log"; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s.%N)
  local jpid; jpid=$(pgrep -P $pid java || echo $pid)
  printf '%s %.2f %.1f\n' "$who-$mode" "$(echo "$t1 - $t0" | bc)" "$(awk '{print ($14+$15)/100}' /proc/$jpid/stat)"
  pkill -P $pid java 2>/dev/null || true; kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
}

results=$(for ((r = 0; r < rounds; r++)); do for who in ours bare; do for m in plain cds; do boot $who $m; done; done; done)
echo "$results"
median() { echo "$results" | awk -v k="$1" '$1 == k {print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
op=$(median ours-plain); oc=$(median ours-cds); bp=$(median bare-plain); bc_=$(median bare-cds)
printf 'BENCH boot to ready, median of %d: ours %.1f s, with its archive %.1f s; bare starter %.1f s, with its archive %.1f s; ratio neither %.2f, both %.2f, ours with / bare without %.2f\n' \
  "$rounds" "$op" "$oc" "$bp" "$bc_" "$(echo "$op / $bp" | bc -l)" "$(echo "$oc / $bc_" | bc -l)" "$(echo "$oc / $bp" | bc -l)"
