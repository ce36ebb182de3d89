#!/usr/bin/env python3
"""Resolves, once, the Android (androidJvm) libraries the Compose UI compiles against, from Maven
Central's Gradle module metadata (POMs where a library has none), and writes the pinned list
`ui-classpath.lock` (group:artifact:version:file sha1) that scripts/setup-android downloads.
A developer's tool: re-run it only to move the pins (after changing ROOTS).

    resolve_ui_classpath.py > ui-classpath.lock"""

import json
import re
import sys
import urllib.request
import xml.etree.ElementTree as ET

CENTRAL = "https://repo1.maven.org/maven2"
# The app's direct UI libraries, at the versions android/gradle/libs.versions.toml pins (the
# Compose BOM 2026.09.00 fixes the Compose ones).
BOM = "2026.09.00"
ROOTS = [
    "androidx.activity:activity-compose:1.13.0",
    "androidx.compose.material3:material3:1.4.0",
    "androidx.compose.ui:ui:1.12.1",
    "androidx.compose.foundation:foundation:1.12.1",
    "androidx.compose.runtime:runtime:1.12.1",
]
# Provided by the kotlinc distribution (its stdlib) or not needed to compile.
SKIP = {"org.jetbrains.kotlin:kotlin-stdlib", "org.jetbrains.kotlin:kotlin-stdlib-common",
        "org.jetbrains.kotlin:kotlin-stdlib-jdk7", "org.jetbrains.kotlin:kotlin-stdlib-jdk8"}


def fetch(path):
    try:
        with urllib.request.urlopen(f"{CENTRAL}/{path}", timeout=60) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        raise


def base(group, artifact, version):
    return f"{group.replace('.', '/')}/{artifact}/{version}/{artifact}-{version}"


def version_key(version):
    return [int(p) if p.isdigit() else p for p in re.split(r"[.-]", version)]


def newer(a, b):
    try:
        return version_key(a) > version_key(b)
    except TypeError:
        return a > b


def pick_variant(module):
    wanted = [("androidJvm", "java-runtime"), ("jvm", "java-runtime")]
    for platform, usage in wanted:
        for variant in module.get("variants", []):
            attrs = variant.get("attributes", {})
            if attrs.get("org.gradle.usage") == usage and attrs.get("org.gradle.category") == "library" and attrs.get("org.jetbrains.kotlin.platform.type", platform) == platform:
                return variant
    for variant in module.get("variants", []):
        attrs = variant.get("attributes", {})
        if attrs.get("org.gradle.usage") == "java-runtime" and attrs.get("org.gradle.category") == "library":
            return variant
    return None


def describe(group, artifact, version):
    """(files, dependencies) of one coordinate, following `available-at` to the Android variant."""
    raw = fetch(base(group, artifact, version) + ".module")
    if raw is not None:
        variant = pick_variant(json.loads(raw))
        if variant is None:
            return [], []
        if "available-at" in variant:
            at = variant["available-at"]
            return describe(at["group"], at["module"], at["version"])
        deps = []
        for dep in variant.get("dependencies", []):
            wanted = dep.get("version", {})
            version_text = wanted.get("strictly") or wanted.get("requires") or wanted.get("prefers")
            if version_text:
                deps.append((dep["group"], dep["module"], version_text))
        files = [(f["url"], f["sha1"]) for f in variant.get("files", [])]
        return [(group, artifact, version, *f) for f in files], deps
    pom = fetch(base(group, artifact, version) + ".pom")
    if pom is None:
        return None
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    root = ET.fromstring(pom)
    packaging = root.findtext("m:packaging", "jar", ns)
    ext = "aar" if packaging == "aar" else "jar"
    name = f"{artifact}-{version}.{ext}"
    checksum = None if packaging == "pom" else fetch(f"{base(group, artifact, version)}.{ext}.sha1")
    files = [] if checksum is None else [(group, artifact, version, name, checksum.decode().split()[0])]
    deps = []
    for dep in root.iterfind("m:dependencies/m:dependency", ns):
        if dep.findtext("m:scope", "compile", ns) in ("compile", "runtime") and dep.findtext("m:optional", "false", ns) != "true":
            v = dep.findtext("m:version", None, ns)
            if v and "$" not in v:
                deps.append((dep.findtext("m:groupId", None, ns), dep.findtext("m:artifactId", None, ns), v.strip("[]")))
    return files, deps


def bom_versions():
    """The Compose BOM's versions, which (as a Gradle platform) raise every Compose library."""
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    root = ET.fromstring(fetch(base("androidx.compose", "compose-bom", BOM) + ".pom"))
    return {
        f"{d.findtext('m:groupId', None, ns)}:{d.findtext('m:artifactId', None, ns)}": d.findtext("m:version", None, ns)
        for d in root.iterfind("m:dependencyManagement/m:dependencies/m:dependency", ns)
    }


def resolve():
    """Highest requested version wins, as in Gradle; the BOM's versions are floors."""
    floors = bom_versions()
    chosen, missing = {}, {}
    queue = [tuple(r.split(":")) for r in ROOTS]
    while queue:
        group, artifact, version = queue.pop()
        key = f"{group}:{artifact}"
        if key in floors and newer(floors[key], version):
            version = floors[key]
        if key in SKIP or (key in chosen and not newer(version, chosen[key][0])):
            continue
        described = describe(group, artifact, version)
        if described is None:
            missing.setdefault(key, []).append(version)
            continue
        files, deps = described
        chosen[key] = (version, files)
        queue.extend(deps)
    unresolved = [f"{k}:{v}" for k, versions in missing.items() for v in versions if k not in chosen or newer(v, chosen[k][0])]
    if unresolved:
        raise SystemExit("not on Maven Central: " + ", ".join(sorted(set(unresolved))))
    return chosen


def main():
    print("# group:artifact:version file sha1 — written by resolve_ui_classpath.py; the Compose UI's compile classpath")
    for key, (version, files) in sorted(resolve().items()):
        for group, artifact, v, name, sha1 in files:
            print(f"{group}:{artifact}:{v} {name} {sha1}")


if __name__ == "__main__":
    sys.exit(main())
