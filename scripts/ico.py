#!/usr/bin/env python3
"""Makes a Windows icon (.ico) from an SVG: scripts/ico.py IN.svg OUT.ico

Draws the SVG at 16, 24, 32, 48, 64 and 256 pixels with rsvg-convert (Debian's
librsvg2-bin) and packs the PNGs into one .ico (Windows Vista and later read PNG entries).
"""
import struct
import subprocess
import sys

SIZES = [16, 24, 32, 48, 64, 256]


def main(svg: str, ico: str) -> None:
    pngs = [
        subprocess.run(
            ["rsvg-convert", "-w", str(s), "-h", str(s), svg],
            check=True,
            capture_output=True,
        ).stdout
        for s in SIZES
    ]
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, data = b"", b""
    for size, png in zip(SIZES, pngs):
        side = 0 if size == 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        data += png
        offset += len(png)
    with open(ico, "wb") as f:
        f.write(header + entries + data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
