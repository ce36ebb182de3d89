#!/usr/bin/env python3
"""Writes the `R` class the UI refers to (R.string.*) from res/values/strings.xml, as aapt2 would,
so that scripts/test-android can compile the UI without the Android SDK. The IDs are placeholders:
this R is only compiled against, never packaged.

    r_class.py APP_SRC_MAIN OUT_DIR"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

main_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
names = [s.get("name") for s in ET.parse(main_dir / "res/values/strings.xml").getroot().iter("string")]
target = out / "app/shikaku/android/R.java"
target.parent.mkdir(parents=True, exist_ok=True)
fields = "\n".join(f"    public static final int {name} = 0x7f0e{i:04x};" for i, name in enumerate(names))
target.write_text(f"package app.shikaku.android;\n\npublic final class R {{\n  public static final class string {{\n{fields}\n  }}\n}}\n")
