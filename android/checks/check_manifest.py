#!/usr/bin/env python3
"""Checks the app's manifest and backup rules against what the app promises (docs/android.md):
offline (no INTERNET), NFC optional, notifications and boot re-planning declared, nothing in
cloud backups or device transfers, every exported component exported on purpose, and the share
provider private (not exported, per-URI grants only).

    check_manifest.py APP_SRC_MAIN      (app/src/main; ends with `manifest: N passed, N failed`)

It also runs itself on broken copies of the manifest, so a check that cannot fail is caught."""

import copy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

A = "{http://schemas.android.com/apk/res/android}"
TOOLS = "{http://schemas.android.com/tools}"
DOMAINS = {"root", "file", "database", "sharedpref", "external"}

# Exported components and why: the launcher activity, and the receiver of system broadcasts.
INTENDED_EXPORTS = {
    ".ui.MainActivity": {"android.intent.action.MAIN"},
    ".platform.BootReceiver": {
        "android.intent.action.BOOT_COMPLETED",
        "android.intent.action.MY_PACKAGE_REPLACED",
        "android.intent.action.TIME_SET",
        "android.intent.action.TIMEZONE_CHANGED",
    },
}
COMPONENTS = ("activity", "activity-alias", "service", "receiver", "provider")


def permissions(manifest):
    """Permissions the app requests (not those it removes from merged libraries)."""
    return {
        p.get(A + "name")
        for p in manifest.iter("uses-permission")
        if p.get(TOOLS + "node") != "remove"
    }


def excludes_everything(section):
    return section is not None and {
        e.get("domain") for e in section.iter("exclude") if e.get("path") == "."
    } >= DOMAINS


def xml_resource(res, reference):
    if not reference or not reference.startswith("@xml/"):
        return None
    path = res / "xml" / (reference[len("@xml/"):] + ".xml")
    return ET.parse(path).getroot() if path.exists() else None


def checks(manifest, res, kotlin):
    app = manifest.find("application")
    perms = permissions(manifest)
    nfc = [f for f in manifest.iter("uses-feature") if f.get(A + "name") == "android.hardware.nfc"]
    yield "no INTERNET permission", "android.permission.INTERNET" not in perms
    yield "no network permission at all", not any("NETWORK" in p or "WIFI" in p for p in perms)
    yield "INTERNET removed from merged libraries", any(
        p.get(A + "name") == "android.permission.INTERNET" and p.get(TOOLS + "node") == "remove"
        for p in manifest.iter("uses-permission")
    )
    yield "NFC is an optional feature", bool(nfc) and all(f.get(A + "required") == "false" for f in nfc)
    yield "POST_NOTIFICATIONS declared", "android.permission.POST_NOTIFICATIONS" in perms
    yield "RECEIVE_BOOT_COMPLETED declared", "android.permission.RECEIVE_BOOT_COMPLETED" in perms
    yield "allowBackup is false", app is not None and app.get(A + "allowBackup") == "false"
    rules = xml_resource(res, app.get(A + "dataExtractionRules")) if app is not None else None
    yield "data extraction rules exclude everything from cloud backup", rules is not None and excludes_everything(rules.find("cloud-backup"))
    yield "data extraction rules exclude everything from device transfer", rules is not None and excludes_everything(rules.find("device-transfer"))
    legacy = xml_resource(res, app.get(A + "fullBackupContent")) if app is not None else None
    yield "legacy backup rules exclude everything", legacy is not None and excludes_everything(legacy)

    components = [c for kind in COMPONENTS for c in (app.iter(kind) if app is not None else [])]
    yield "every component states android:exported", bool(components) and all(c.get(A + "exported") in ("true", "false") for c in components)
    exported = {c.get(A + "name"): c for c in components if c.get(A + "exported") == "true"}
    yield "only intended components are exported", set(exported) <= set(INTENDED_EXPORTS)
    yield "exported components answer only their intended actions", all(
        {a.get(A + "name") for a in c.iter("action")} <= INTENDED_EXPORTS.get(name, set())
        for name, c in exported.items()
    )
    yield "no exported service or provider", not any(c.tag in ("service", "provider") for c in exported.values())
    providers = [c for c in components if c.tag == "provider"]
    yield "the share provider is not exported", bool(providers) and all(p.get(A + "exported") == "false" for p in providers)
    yield "the share provider grants per-URI read permission", bool(providers) and all(p.get(A + "grantUriPermissions") == "true" for p in providers)
    yield "the share provider's authority is the app's own", bool(providers) and all(
        (p.get(A + "authorities") or "").startswith("${applicationId}.") for p in providers
    )
    yield "every component has its Kotlin class", all(
        (kotlin / (c.get(A + "name").lstrip(".").replace(".", "/") + ".kt")).exists() for c in components
    )


def run(manifest, res, kotlin):
    return [(name, bool(ok)) for name, ok in checks(manifest, res, kotlin)]


def broken_copies(manifest):
    """Manifests that must fail: each breaks one promise, which the named check must catch."""
    internet = copy.deepcopy(manifest)
    ET.SubElement(internet, "uses-permission", {A + "name": "android.permission.INTERNET"})
    yield "a manifest asking for INTERNET", internet, "no INTERNET permission"
    backup = copy.deepcopy(manifest)
    backup.find("application").set(A + "allowBackup", "true")
    yield "a manifest allowing backup", backup, "allowBackup is false"
    export = copy.deepcopy(manifest)
    ET.SubElement(export.find("application"), "service", {A + "name": ".Leak", A + "exported": "true"})
    yield "a manifest exporting a service", export, "no exported service or provider"
    provider_export = copy.deepcopy(manifest)
    for provider in provider_export.iter("provider"):
        provider.set(A + "exported", "true")
    yield "a manifest exporting the share provider", provider_export, "the share provider is not exported"
    no_grants = copy.deepcopy(manifest)
    for provider in no_grants.iter("provider"):
        del provider.attrib[A + "grantUriPermissions"]
    yield "a share provider without per-URI grants", no_grants, "the share provider grants per-URI read permission"
    no_provider = copy.deepcopy(manifest)
    application = no_provider.find("application")
    for provider in list(application.iter("provider")):
        application.remove(provider)
    yield "a manifest without the share provider", no_provider, "the share provider is not exported"
    nfc = copy.deepcopy(manifest)
    for feature in nfc.iter("uses-feature"):
        feature.set(A + "required", "true")
    yield "a manifest requiring NFC", nfc, "NFC is an optional feature"


def main():
    main_dir = Path(sys.argv[1])
    manifest = ET.parse(main_dir / "AndroidManifest.xml").getroot()
    res, kotlin = main_dir / "res", main_dir / "kotlin/app/shikaku/android"
    results = run(manifest, res, kotlin)
    for label, broken, catcher in broken_copies(manifest):
        verdicts = dict(run(broken, res, kotlin))
        results.append((f"the checks reject {label}", verdicts.get(catcher) is False))
    for name, ok in results:
        print(("ok: " if ok else "FAILED: ") + name)
    failed = sum(1 for _, ok in results if not ok)
    print(f"manifest: {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
