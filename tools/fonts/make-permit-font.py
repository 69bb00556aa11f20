#!/usr/bin/python3
"""Makes src/main/resources/fonts/NotoSansSC-Permit.ttf, the printed permit's font (ADR 0063).

Source: NotoSansHans-Regular.otf from the npm package @embedpdf/fonts-sc 1.0.0 (SIL OFL 1.1), e.g.
    npm pack @embedpdf/fonts-sc && tar xzf embedpdf-fonts-sc-1.0.0.tgz
Needs fontTools (Debian: apt-get install python3-fonttools). Usage:
    /usr/bin/python3 tools/fonts/make-permit-font.py package/fonts/NotoSansHans-Regular.otf \
        src/main/resources/fonts/NotoSansSC-Permit.ttf

Two steps, both needed by OpenPDF:
1. subset to GB 2312 plus the Latin, punctuation and symbols a permit uses (the full font is 8 MB);
2. convert the CFF outlines to TrueType (quadratic) outlines: OpenPDF's CFF subsetter writes broken
   CID fonts (text extracts, glyphs do not render), while its TrueType subsetter is sound.
The OFL allows both (a Modified Version); the font is renamed so it is not taken for Noto Sans SC.
"""
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERR = 1.0  # font units (of 1000): invisible at print sizes


def characters():
    chars = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.update(ord(c) for c in bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    ranges = [(0x2000, 0x206F), (0x2100, 0x218F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x2460, 0x24FF),
              (0x2500, 0x257F), (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x3000, 0x303F), (0xFF00, 0xFFEF)]
    for a, b in ranges:
        chars.update(range(a, b + 1))
    # names outside GB 2312 that are common on a plant's roster (GB 18030 level-1 extras would be next)
    chars.update(ord(c) for c in "喆赟珺琪玥婕昇堃淼鑫垚焱犇昊晧頔玮祎璟")
    return chars


def to_truetype(font):
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentElements = max(len(g.components if hasattr(g, "components") else []) for g in glyf.glyphs.values())
    font["maxp"] = maxp
    font["post"].formatType = 3.0  # no glyph names: smaller, and CID names mean nothing
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\x00\x01\x00\x00"
    head = font["head"]
    head.glyphDataFormat = 0


def rename(font):
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 6, 16):
            text = record.toUnicode()
            text = text.replace("Noto Sans S Chinese", "Anzuo Permit Sans").replace("Noto Sans Hans", "Anzuo Permit Sans")
            text = text.replace("NotoSansHans", "AnzuoPermitSans").replace("Noto Sans", "Anzuo Permit Sans")
            record.string = text


def main(source, target):
    font = TTFont(source)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=characters())
    subsetter.subset(font)
    to_truetype(font)
    rename(font)
    font.save(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
