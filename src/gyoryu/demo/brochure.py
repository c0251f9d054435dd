"""What the demo's brochure shows beyond data.py: the six firms' export markets (invented, like the firms),
simple generated logos for four of them (two are left without, as firms often are) and the organiser's
contact for partners."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from gyoryu.brochure import domain as brochure
from gyoryu.organizations import domain as organizations

EXPORT_MARKETS = {
    "vitalband": ("미국, 독일, 베트남, 일본", "USA, Germany, Vietnam, Japan"),
    "onnuri-meditech": ("미국, 유럽연합, 사우디아라비아", "USA, European Union, Saudi Arabia"),
    "sejin-aerotech": ("미국, 프랑스, 싱가포르", "USA, France, Singapore"),
    "bitnuri-display": ("독일, 멕시코, 중국", "Germany, Mexico, China"),
    "hangyeol-automation": ("베트남, 인도네시아, 미국", "Vietnam, Indonesia, USA"),
    "ceracarbon": ("대만, 일본", "Taiwan, Japan"),
}
LOGOS = {  # key -> (letters, background colour)
    "vitalband": ("VB", (214, 59, 86)),
    "sejin-aerotech": ("SA", (11, 92, 173)),
    "hangyeol-automation": ("HA", (29, 107, 58)),
    "ceracarbon": ("CC", (60, 60, 60)),
}
CONTACT = "cw-officer"


def _logo(letters: str, colour: tuple[int, int, int]) -> bytes:
    from gyoryu.common.pdffonts import FontMissing, font_path

    image = Image.new("RGBA", (360, 160), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((4, 4, 356, 156), radius=36, fill=colour)
    try:
        path = font_path()
        bold = path.replace(".ttf", "Bold.ttf")
        font = ImageFont.truetype(bold if bold != path else path, 96)
    except (FontMissing, OSError):
        font = ImageFont.load_default(size=96)
    draw.text((180, 82), letters, fill="white", font=font, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def dress(*, mission, orgs: dict, people: dict) -> None:
    """Side effects: export markets written on six profiles, four logos stored under the data folder's
    media, the brochure's contact set."""
    for key, (ko, en) in EXPORT_MARKETS.items():
        organizations.update_organisation(
            organisation=orgs[key], data={"export_markets_ko": ko, "export_markets_en": en}
        )
    for key, (letters, colour) in LOGOS.items():
        organizations.set_logo(organisation=orgs[key], content=_logo(letters, colour))
    brochure.set_contact(mission=mission, person=people[CONTACT])
