#!/usr/bin/env python3
"""Checks the iPhone app's Info.plist and entitlements against the core, with plistlib.

- The ISO 7816 application identifiers iOS lets the app SELECT
  (com.apple.developer.nfc.readersession.iso7816.select-identifiers) are exactly the AIDs the
  core's card protocol selects, parsed from `Application::aid` in core/src/card/apdu.rs: iOS
  refuses a SELECT of an AID missing from the list, and App Review asks about extra ones.
- The NFC entitlement (tag reading) and the usage strings NFC and the document camera need are
  present, in the plist and in every InfoPlist.strings translation.
- Nothing is synced: no iCloud, ubiquity or keychain-sharing entitlement.
- The background task identifiers the app's Swift names (string literals under the bundle id,
  `app.shikaku.pocket.`, in the files that import BackgroundTasks) are exactly BGTaskSchedulerPermittedIdentifiers, with the `fetch`
  background mode: iOS refuses to schedule an identifier the plist does not list.
- project.yml points at these two files.
Exits non-zero with every problem listed.
"""
import pathlib
import plistlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
APP = ROOT / "ios" / "App"
AIDS_KEY = "com.apple.developer.nfc.readersession.iso7816.select-identifiers"
USAGE_KEYS = ("NFCReaderUsageDescription", "NSCameraUsageDescription")
TASK_ID = re.compile(r'"(app\.shikaku\.pocket\.[A-Za-z0-9.-]+)"')
SYNCING = re.compile(r"icloud|ubiquity|keychain-access-groups|application-groups", re.IGNORECASE)


def core_aids() -> list[str]:
    """The AIDs in the body of `fn aid` of core/src/card/apdu.rs, as upper-case hex."""
    source = (ROOT / "core" / "src" / "card" / "apdu.rs").read_text(encoding="utf-8")
    body = re.search(r"pub fn aid\(self\)[^{]*\{(.*?)\n    \}", source, re.DOTALL)
    if body is None:
        sys.exit("check_app_config: no `pub fn aid` in core/src/card/apdu.rs")
    arms = re.findall(r"Application::(\w+)\s*=>\s*\{?\s*&\[([^\]]*)\]", body.group(1))
    if not arms:
        sys.exit("check_app_config: no AID found in `Application::aid`")
    return ["".join(f"{int(byte, 16):02X}" for byte in re.findall(r"0x([0-9A-Fa-f]{2})", bytes_))
            for _, bytes_ in arms]


def problems() -> list[str]:
    found = []
    info = plistlib.loads((APP / "Info.plist").read_bytes())
    entitlements = plistlib.loads((APP / "ShikakuPocket.entitlements").read_bytes())

    expected = core_aids()
    listed = info.get(AIDS_KEY, [])
    if sorted(listed) != sorted(expected) or len(set(listed)) != len(listed):
        found.append(f"{AIDS_KEY} lists {listed}, the core selects {expected}")

    if "TAG" not in entitlements.get("com.apple.developer.nfc.readersession.formats", []):
        found.append("the entitlements lack com.apple.developer.nfc.readersession.formats TAG")
    for key in entitlements:
        if SYNCING.search(key):
            found.append(f"the entitlement {key} would share or sync data off the device")

    swift = [path.read_text(encoding="utf-8") for path in APP.rglob("*.swift")]
    tasks = sorted({task for text in swift if re.search(r"^import BackgroundTasks$", text, re.MULTILINE)
                    for task in TASK_ID.findall(text)})
    permitted = info.get("BGTaskSchedulerPermittedIdentifiers", [])
    if sorted(permitted) != tasks:
        found.append(f"BGTaskSchedulerPermittedIdentifiers lists {permitted}, the app's Swift names {tasks}")
    if tasks and "fetch" not in info.get("UIBackgroundModes", []):
        found.append("UIBackgroundModes lacks fetch, which the background refresh needs")

    for key in USAGE_KEYS:
        if not str(info.get(key, "")).strip():
            found.append(f"Info.plist lacks {key}")
    strings = sorted(APP.glob("Resources/*.lproj/InfoPlist.strings"))
    if not strings:
        found.append("no InfoPlist.strings translations")
    for path in strings:
        text = path.read_text(encoding="utf-8")
        for key in USAGE_KEYS:
            if not re.search(rf'^"{key}"\s*=\s*"[^"]+";', text, re.MULTILINE):
                found.append(f"{path.relative_to(ROOT)} lacks {key}")

    project = (ROOT / "ios" / "project.yml").read_text(encoding="utf-8")
    for setting, value in (("INFOPLIST_FILE", "App/Info.plist"),
                           ("CODE_SIGN_ENTITLEMENTS", "App/ShikakuPocket.entitlements")):
        if not re.search(rf"^\s*{setting}:\s*{re.escape(value)}\s*$", project, re.MULTILINE):
            found.append(f"ios/project.yml does not set {setting}: {value}")
    return found


def main() -> int:
    found = problems()
    for problem in found:
        print(f"check_app_config: {problem}", file=sys.stderr)
    if found:
        return 1
    print(f"check_app_config: Info.plist selects exactly the core's {len(core_aids())} AIDs; "
          "NFC entitlement, usage strings and background task identifiers present")
    return 0


if __name__ == "__main__":
    sys.exit(main())
