"""Generate liaison/data/countries.tsv from CLDR territory names (via babel).

Run from the repository root:  .venv/bin/python tools/build_countries.py

babel is only needed to regenerate the table; liaison reads the static TSV.
Hand-written overrides and aliases (this project's own work) are below.
"""
from __future__ import annotations

import csv
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "liaison" / "data" / "countries.tsv"

# code -> (zh, en) overriding CLDR's display name
OVERRIDE = {
    "HK": ("香港", "Hong Kong"),
    "MO": ("澳门", "Macao"),
    "TW": ("台湾", "Taiwan"),
    "US": ("美国", "United States"),
    "KR": ("韩国", "South Korea"),
    "KP": ("朝鲜", "North Korea"),
    "MM": ("缅甸", "Myanmar"),
    "CZ": ("捷克", "Czech Republic"),
    "CI": ("科特迪瓦", "Côte d'Ivoire"),
    "CD": ("刚果（金）", "Democratic Republic of the Congo"),
    "CG": ("刚果（布）", "Republic of the Congo"),
}

# code -> (zh aliases, en aliases)
ALIASES = {
    "CN": ("中华人民共和国|中方", "People's Republic of China|PRC|P.R. China|the PRC"),
    "US": ("美利坚合众国|美方", "United States of America|U.S.|U.S.A.|USA|US|America|the States"),
    "GB": ("英国|大不列颠及北爱尔兰联合王国|联合王国", "United Kingdom|UK|U.K.|Britain|Great Britain"),
    "KR": ("大韩民国|南韩", "Republic of Korea|ROK|Korea"),
    "KP": ("朝鲜民主主义人民共和国|北韩", "Democratic People's Republic of Korea|DPRK"),
    "RU": ("俄罗斯联邦|俄国", "Russian Federation"),
    "VN": ("越南社会主义共和国", "Viet Nam|Socialist Republic of Vietnam"),
    "LA": ("老挝人民民主共和国|寮国", "Lao PDR|Lao People's Democratic Republic"),
    "MN": ("蒙古国", "Mongolian People's Republic"),
    "KG": ("吉尔吉斯|吉尔吉斯共和国", "Kyrgyz Republic|Kyrgyz"),
    "KZ": ("哈萨克斯坦共和国", "Republic of Kazakhstan"),
    "JP": ("日本国", "Nippon"),
    "DE": ("德意志联邦共和国", "Federal Republic of Germany"),
    "FR": ("法兰西共和国", "French Republic"),
    "IN": ("印度共和国", "Republic of India"),
    "PH": ("菲律宾共和国", "Republic of the Philippines"),
    "TH": ("泰王国", "Kingdom of Thailand"),
    "KH": ("柬埔寨王国", "Kingdom of Cambodia"),
    "MY": ("马来西亚联邦", ""),
    "SG": ("新加坡共和国", "Republic of Singapore"),
    "ID": ("印度尼西亚共和国|印尼", "Republic of Indonesia"),
    "NZ": ("新西兰|纽西兰", "NZ"),
    "AE": ("阿联酋", "UAE|U.A.E."),
    "HK": ("香港特别行政区|香港特区|中国香港", "Hong Kong SAR|HKSAR|Hong Kong Special Administrative Region"),
    "MO": ("澳门特别行政区|澳门特区|中国澳门", "Macau|Macao SAR|Macau SAR|Macao Special Administrative Region"),
    "TW": ("台湾地区|台湾省|中国台湾|臺灣", "Taiwan Province|Taiwan region"),
    "CZ": ("捷克共和国", "Czechia"),
    "MM": ("缅甸联邦共和国", "Burma"),
    "CI": ("", "Ivory Coast|Cote d'Ivoire"),
    "SA": ("沙乌地阿拉伯", ""),  # Taiwan and Hong Kong usage
    "BN": ("汶莱", ""),  # Taiwan and Hong Kong usage
    "IT": ("义大利", ""),  # Taiwan and Hong Kong usage
    "AU": ("澳洲", ""),  # Taiwan and Hong Kong usage
}

# CLDR codes that are not countries/territories we want (regions, pseudo codes)
SKIP = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


def main() -> None:
    zh = Locale.parse("zh_Hans")
    en = Locale.parse("en")
    rows = []
    for code, en_name in sorted(en.territories.items()):
        if len(code) != 2 or not code.isalpha() or code in SKIP:
            continue
        zh_name = zh.territories.get(code)
        if not zh_name:
            continue
        zh_name, en_name = OVERRIDE.get(code, (zh_name, en_name))
        zh_alias, en_alias = ALIASES.get(code, ("", ""))
        zl = [a for a in zh_alias.split("|") if a]
        cl = zh.territories.get(code)
        if cl and cl != zh_name and cl not in zl:
            zl.append(cl)
        if not zh_name.endswith("国") and len(zh_name) >= 2 and code not in ("HK", "MO", "TW"):
            zl.append(zh_name + "共和国")
        el = [a for a in en_alias.split("|") if a]
        ce = en.territories.get(code)
        if ce and ce != en_name and ce not in el and "SAR" not in ce:
            el.append(ce)
        rows.append((code, zh_name, en_name, "|".join(dict.fromkeys(zl)), "|".join(dict.fromkeys(el))))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n", escapechar="\\")
        w.writerow(("code", "zh", "en", "aliases_zh", "aliases_en"))
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
