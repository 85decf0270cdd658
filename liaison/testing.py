"""Article-like texts from the project's own grammar, for tests and benchmarks (never real articles).

``articles(n, seed)`` yields ``n`` articles (dicts with ``id``, ``published``, ``title``, ``text``
and ``lang``) about made-up exchanges between real (and a few made-up) regions, by officials
whose names are invented: a lead with a delegation and its leader, lists of officials with
titles, meetings with a host and a presider, one or several signings (named, unnamed batches,
ceremony mentions), inspection tours of companies and parks, speeches, dates in every form
(11月6日至7日, 昨日, 'last Tuesday', none), bylines, and text that is none of this. Each
article is simplified Chinese, traditional Chinese, English, or a mix (paragraphs, and sentences
switching language half-way, like machine-translated pages), with the noise real pages carry:
half-width punctuation in Chinese, full-width digits, stray or missing spaces, CRLF, very long
lists, very short articles. The same seed gives the same articles.

Every sentence here is written for this module from the grammar below; nothing is taken from a
news site or from the evaluation corpus. ``python -m liaison.testing N [SEED]`` prints N as JSON
lines; ``check`` / ``check_parallel`` run the pipeline over articles and report exceptions, records
the schema rejects, and spans outside the text.
"""
from __future__ import annotations

import json
import random
import sys
from typing import Iterator

# (full Chinese name, short Chinese name, English name, kind): real regions, plus made-up ones
# (the last of each list) that no gazetteer knows
CN_REGIONS = [
    ("吉林省", "吉林", "Jilin", "province"), ("天津市", "天津", "Tianjin", "municipality"),
    ("广东省", "广东", "Guangdong", "province"), ("黑龙江省", "黑龙江", "Heilongjiang", "province"),
    ("浙江省", "浙江", "Zhejiang", "province"), ("四川省", "四川", "Sichuan", "province"),
    ("云南省", "云南", "Yunnan", "province"), ("海南省", "海南", "Hainan", "province"),
    ("陕西省", "陕西", "Shaanxi", "province"), ("甘肃省", "甘肃", "Gansu", "province"),
    ("贵州省", "贵州", "Guizhou", "province"), ("江苏省", "江苏", "Jiangsu", "province"),
    ("山东省", "山东", "Shandong", "province"), ("福建省", "福建", "Fujian", "province"),
    ("宁夏回族自治区", "宁夏", "Ningxia", "autonomous"), ("内蒙古自治区", "内蒙古", "Inner Mongolia", "autonomous"),
    ("北京市", "北京", "Beijing", "municipality"), ("上海市", "上海", "Shanghai", "municipality"),
    ("重庆市", "重庆", "Chongqing", "municipality"),
    ("长春市", "长春", "Changchun", "city"), ("宁波市", "宁波", "Ningbo", "city"),
    ("深圳市", "深圳", "Shenzhen", "city"), ("哈尔滨市", "哈尔滨", "Harbin", "city"),
    ("成都市", "成都", "Chengdu", "city"), ("昆明市", "昆明", "Kunming", "city"),
    ("遵义市", "遵义", "Zunyi", "city"), ("舟山市", "舟山", "Zhoushan", "city"),
    ("延边朝鲜族自治州", "延边州", "Yanbian", "prefecture"), ("红河哈尼族彝族自治州", "红河州", "Honghe", "prefecture"),
    ("青禾市", "青禾", "Qinghe", "city"),
]
PARENT = {"长春市": "吉林省", "延边朝鲜族自治州": "吉林省", "宁波市": "浙江省", "舟山市": "浙江省", "深圳市": "广东省",
          "哈尔滨市": "黑龙江省", "成都市": "四川省", "昆明市": "云南省", "红河哈尼族彝族自治州": "云南省", "遵义市": "贵州省"}
FOREIGN_REGIONS = [
    ("越南老街省", "老街省", "Lao Cai", "foreign"), ("美国内布拉斯加州", "内布拉斯加州", "Nebraska", "foreign"),
    ("德国巴伐利亚州", "巴伐利亚州", "Bavaria", "foreign"), ("俄罗斯阿穆尔州", "阿穆尔州", "Amur", "foreign"),
    ("日本鸟取县", "鸟取县", "Tottori", "foreign"), ("韩国江原道", "江原道", "Gangwon", "foreign"),
    ("新加坡", "新加坡", "Singapore", "foreign"), ("澳门特别行政区", "澳门", "Macao", "sar"),
    ("老挝琅南塔省", "琅南塔省", "Luang Namtha", "foreign"), ("扎罗维亚共和国", "扎罗维亚", "Zarovia", "foreign"),
]

SURNAMES = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
            ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"),
            ("胡", "Hu"), ("朱", "Zhu"), ("高", "Gao"), ("林", "Lin"), ("何", "He"), ("郭", "Guo"),
            ("马", "Ma"), ("罗", "Luo"), ("欧阳", "Ouyang"), ("司马", "Sima"), ("韩", "Han"), ("冯", "Feng")]
GIVEN = [("建", "jian"), ("国", "guo"), ("明", "ming"), ("华", "hua"), ("伟", "wei"), ("丽", "li"),
         ("强", "qiang"), ("军", "jun"), ("平", "ping"), ("海", "hai"), ("东", "dong"), ("文", "wen"),
         ("志", "zhi"), ("红", "hong"), ("新", "xin"), ("晓", "xiao"), ("春", "chun"), ("立", "li"),
         ("安", "an"), ("恩", "en"), ("鸥", "ou"), ("宇", "yu"), ("峰", "feng"), ("敏", "min"), ("洁", "jie")]
FOREIGN_PEOPLE = [("约翰·卡特", "John Carter"), ("玛丽亚·施密特", "Maria Schmidt"), ("阮文山", "Nguyen Van Son"),
                  ("谢尔盖·彼得罗夫", "Sergei Petrov"), ("田中一郎", "Ichiro Tanaka"), ("金敏洙", "Kim Min-su"),
                  ("苏珊·李", "Susan Lee"), ("汉斯·穆勒", "Hans Mueller")]

# (Chinese title after the region name, English title, which regions it fits)
TITLES = [
    ("委书记", "Secretary of the CPC {en} {level} Committee", "cn"), ("长", "Governor of {en}", "province"),
    ("长", "Mayor of {en}", "city"), ("委副书记", "Deputy Secretary of the CPC {en} {level} Committee", "cn"),
    ("副省长", "Vice Governor of {en} Province", "province"), ("副市长", "Vice Mayor of {en}", "city"),
    ("常务副省长", "Executive Vice Governor of {en}", "province"), ("委常委、秘书长", "Secretary-General of the {en} {level} Committee", "cn"),
    ("人大常委会主任", "Director of the Standing Committee of the {en} People's Congress", "cn"),
    ("政协主席", "Chairman of the {en} Committee of the CPPCC", "cn"),
    ("商务厅厅长", "Director of the {en} Department of Commerce", "province"),
    ("发展改革委主任", "Director of the {en} Development and Reform Commission", "cn"),
    ("政府副秘书长", "Deputy Secretary-General of the {en} Government", "cn"),
    ("州长", "Governor of {en}", "foreign"), ("市长", "Mayor of {en}", "foreign"),
]
COMPANIES = [("华远新能源科技有限公司", "Huayuan New Energy Technology Co., Ltd."),
             ("北辰港口集团", "Beichen Port Group"), ("青松农业发展有限公司", "Qingsong Agricultural Development Co."),
             ("星河生物医药产业园", "Xinghe Biomedical Industrial Park"), ("蓝海数据中心", "Lanhai Data Center"),
             ("东岳汽车零部件有限公司", "Dongyue Auto Parts Co., Ltd."), ("明湖智能装备产业园", "Minghu Intelligent Equipment Park"),
             ("丰泽粮油集团", "Fengze Grain and Oil Group"), ("云帆跨境电商产业园", "Yunfan Cross-border E-commerce Park"),
             ("翠谷生态旅游区", "Cuigu Eco-tourism Zone"), ("长河职业技术学院", "Changhe Vocational and Technical College")]
FIELDS = [("农业", "agriculture"), ("新能源", "new energy"), ("科技创新", "scientific and technological innovation"),
          ("经贸", "economy and trade"), ("物流", "logistics"), ("文化旅游", "culture and tourism"),
          ("金融", "finance"), ("生态环保", "ecological protection"), ("人才交流", "talent exchange"),
          ("教育", "education"), ("医疗卫生", "health care"), ("数字经济", "the digital economy"),
          ("装备制造", "equipment manufacturing"), ("港口", "ports"), ("冰雪旅游", "ice and snow tourism")]
AGREEMENTS = [("{a}与{b}战略合作框架协议", "Strategic Cooperation Framework Agreement between {a} and {b}"),
              ("关于深化{f}合作的备忘录", "Memorandum of Understanding on Deepening Cooperation in {f}"),
              ("建立友好城市关系协议书", "Agreement on Establishing Sister-City Relations"),
              ("{a}{b}对口合作{y}年工作要点", "Key Points of {a}-{b} Counterpart Cooperation for {y}"),
              ("{f}合作协议", "Cooperation Agreement on {f}"), ("共建{f}产业园合作协议", "Agreement on Jointly Building a {f} Park")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ZH_NOISE = ["两地经济互补性强，合作空间广阔。", "要坚持优势互补、互利共赢，推动合作走深走实。",
            "今年以来，双方贸易额同比增长百分之十二。", "与会人员观看了宣传片。", "活动期间天气晴好。",
            "据了解，本次活动共吸引三百余家企业参加。", "下一步，双方将建立常态化联络机制。",
            "会议强调，要把各项工作抓实抓细。", "签约项目总金额达356.8亿元。"]
EN_NOISE = ["The two regions are highly complementary.", "Trade between them rose 12 percent this year.",
            "It rained in the morning.", "More than 300 companies took part in the event.",
            "Both sides will set up a regular liaison mechanism.", "The projects signed are worth 35.68 billion yuan."]


class _Story:
    """The facts of one made-up exchange, which ``zh`` and ``en`` render (a mixed article uses both)."""

    def __init__(self, g: "_Gen", year: int):
        r = g.r
        self.year = year
        self.a = g.region()
        self.b = g.region(foreign=r.random() < 0.25)
        if self.b == self.a:
            self.b = CN_REGIONS[(CN_REGIONS.index(self.a) + 1) % len(CN_REGIONS)]
        self.leader = g.official(self.a)           # (zh name, en name, zh title, en title)
        self.host = g.official(self.b)
        self.m, self.d = r.randint(1, 12), r.randint(1, 27)
        self.kind = r.choice(["visit"] * 6 + ["meeting"] * 2 + ["internal"])
        self.meeting = r.random() < 0.7
        self.fields = g.fields()
        self.n_sign = r.choice([0, 1, 1, 1, 2, 3, 5])
        self.signings = [g.agreement(self.a, self.b, year) for _ in range(self.n_sign)]
        self.batch = self.n_sign > 1 and r.random() < 0.4
        self.witness = r.random() < 0.5
        self.sites = r.sample(COMPANIES, r.randint(1, 3)) if r.random() < 0.6 else []
        n = r.choice([0, 0, 1, 2, 3, 6, 20])
        self.others = [g.official(r.choice([self.a, self.b])) for _ in range(n)]
        self.speech = r.random() < 0.4
        self.byline = g.person() if r.random() < 0.3 else None


class _Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    # ------------------------------------------------------------------ building blocks
    def person(self) -> tuple[str, str]:
        if self.r.random() < 0.08:
            return self.r.choice(FOREIGN_PEOPLE)
        sur, sur_py = self.r.choice(SURNAMES)
        parts = [self.r.choice(GIVEN) for _ in range(self.r.choice((1, 2, 2, 2)))]
        given_py = ""
        for _, py in parts:
            given_py += ("'" if given_py and py[0] in "aoe" else "") + py
        return sur + "".join(z for z, _ in parts), f"{sur_py} {given_py.capitalize()}"

    def region(self, foreign: bool = False):
        return self.r.choice(FOREIGN_REGIONS if foreign else CN_REGIONS)

    def title(self, region) -> tuple[str, str]:
        zh, short, en, kind = region
        fits = [t for t in TITLES if t[2] == kind or (t[2] == "cn" and kind not in ("foreign", "sar"))
                or (t[2] == "city" and kind in ("municipality", "prefecture", "sar"))
                or (t[2] == "province" and kind == "autonomous")]
        t_zh, t_en, _ = self.r.choice(fits or TITLES[-2:])
        level = {"province": "Provincial", "autonomous": "Regional"}.get(kind, "Municipal")
        base = zh[:-1] if zh[-1] in "省市" and not t_zh.startswith(("委", "人大", "政协", "政府", "发展", "商务")) else zh
        if t_zh == "长":
            t_zh = "省长" if zh.endswith("省") else "市长" if zh.endswith("市") else "主席" if kind == "autonomous" \
                else "州长"
        if t_zh in ("州长", "市长") and kind == "foreign" or t_zh.startswith(("副", "常务")):
            base = zh[:-1] if zh[-1] in "省市" else zh
        return base + t_zh, t_en.format(en=en, level=level)

    def official(self, region) -> tuple[str, str, str, str]:
        name_zh, name_en = self.person()
        t_zh, t_en = self.title(region)
        return name_zh, name_en, t_zh, t_en

    def date_zh(self, s: _Story) -> str:
        m, d, y = s.m, s.d, s.year
        return self.r.choice([f"{m}月{d}日", f"{m}月{d}日至{d + 1}日", f"{y}年{m}月{d}日", "昨日", "日前",
                              "近日", f"{d}日上午", f"{m}月{d}日－{d + 2}日", "上周二", f"{m}月{d}日下午"])

    def date_en(self, s: _Story) -> str:
        m, d, y = s.m, s.d, s.year
        return self.r.choice([f"on {MONTHS[m - 1]} {d}", f"on {MONTHS[m - 1]} {d}, {y}",
                              f"from {MONTHS[m - 1]} {d} to {d + 1}", "yesterday", "recently",
                              f"last {self.r.choice(WEEKDAYS)}", f"on {d} {MONTHS[m - 1]} {y}", ""])

    def fields(self, k: int | None = None) -> list[tuple[str, str]]:
        return self.r.sample(FIELDS, k or self.r.randint(1, 4))

    def agreement(self, a, b, year: int) -> tuple[str, str]:
        t_zh, t_en = self.r.choice(AGREEMENTS)
        f_zh, f_en = self.r.choice(FIELDS)
        return (t_zh.format(a=a[1], b=b[1], f=f_zh, y=year),
                t_en.format(a=a[2], b=b[2], f=f_en.title(), y=year))

    def en_official(self, o) -> str:
        """An official with his title, in one of the orders English pages use."""
        return self.r.choice([f"{o[3]} {o[1]}", f"{o[1]}, {o[3]},", f"{o[3].split(' of ')[0]} {o[1]}"])

    # ------------------------------------------------------------------ Chinese
    def zh(self, s: _Story) -> list[str]:
        r = self.r
        a, b = s.a, s.b
        la, ta, lb, tb = s.leader[0], s.leader[2], s.host[0], s.host[2]
        date = self.date_zh(s)
        paras: list[str] = []
        if s.kind == "internal":  # a region's internal meeting: no event
            paras.append(f"{date}，{ta}{la}主持召开{a[0]}{r.choice(['全体会议', '常委会会议', '工作推进会'])}。"
                         f"{r.choice(ZH_NOISE)}")
            paras.append(f"会议强调，要扎实做好{r.choice(FIELDS)[0]}工作。{r.choice(ZH_NOISE)}")
            return paras
        verb = r.choice(["赴", "来到", "到", "前往"])
        what = r.choice(["考察", "学习考察", "考察交流", "访问", "调研"])
        if s.kind == "visit":
            paras.append(f"{date}，{ta}{la}率{a[0]}{r.choice(['党政代表团', '代表团', '经贸代表团'])}{verb}{b[0]}{what}。"
                         + (f"{tb}{lb}{r.choice(['会见', '会见了', '看望'])}代表团一行。" if r.random() < 0.8 else ""))
        else:
            paras.append(f"{date}，{tb}{lb}在{b[1]}会见了{ta}{la}一行。")
        if s.meeting:
            meet = r.choice(["座谈会", "工作会谈", "合作交流对接会", "经贸合作洽谈会", "视频会议"])
            first, second, place = (lb, la, a[1]) if r.random() < 0.5 else (la, lb, b[1])
            paras.append(f"{r.choice(['当天', '随后', '其间', ''])}双方举行{meet}。{first}主持{meet}并讲话，"
                         f"{second}介绍了{place}经济社会发展情况。"
                         f"双方表示，要在{'、'.join(f for f, _ in s.fields)}等领域深化合作。")
        paras.extend(self.zh_signings(s))
        if s.sites:
            paras.append(f"在{b[1]}期间，代表团一行还{r.choice(['考察了', '参观了', '实地考察了', '调研了'])}"
                         f"{'、'.join(z for z, _ in s.sites)}{r.choice(['', '等地', '等企业'])}。")
        if s.others:
            paras.append(f"{'、'.join(o[2] + o[0] for o in s.others)}"
                         f"{r.choice(['参加上述活动', '陪同考察', '出席会议', '参加座谈'])}。")
        if s.speech:
            paras.append(f"{la}{r.choice(['在讲话中指出', '表示', '强调'])}，{r.choice(ZH_NOISE)}")
        for _ in range(r.randint(0, 2)):
            paras.insert(r.randint(1, len(paras)), r.choice(ZH_NOISE))
        if s.byline:
            paras.append(f"（记者 {s.byline[0]}）" if r.random() < 0.5 else f"来源：{b[1]}日报")
        return paras

    def zh_signings(self, s: _Story) -> list[str]:
        """The signings, in the ways pages tell them: named, listed, a counted batch at a ceremony, a
        generic agreement, a ceremony named after the document, told again afterwards."""
        r = self.r
        a, b, la, lb = s.a, s.b, s.leader[0], s.host[0]
        out: list[str] = []
        if not s.n_sign:
            return out
        titles = [t for t, _ in s.signings]
        if s.batch:
            n = s.n_sign if r.random() < 0.5 else "两三四五六七八九十"[min(s.n_sign, 10) - 2]
            out.append(f"签约仪式上，两地有关部门和企业签署了{n}项合作协议，涉及"
                       f"{'、'.join(f for f, _ in s.fields)}等领域。{la}、{lb}出席签约仪式。")
            return out
        form = r.randrange(8)
        if form == 0:
            out.append(f"会上，{r.choice([a[1] + '与' + b[1], '两地', '双方'])}签署了《{titles[0]}》。"
                       + (f"{la}、{lb}见证签约。" if s.witness else ""))
        elif form == 1:
            out.append(f"双方签署了{'、'.join('《' + t + '》' for t in titles)}。")
        elif form == 2:
            out.append(f"在{la}和{lb}的见证下，{a[1]}{r.choice(['商务厅', '发展改革委', '人民政府'])}与"
                       f"{b[1]}{r.choice(['商务局', '发展改革委', '人民政府'])}签署了《{titles[0]}》。")
        elif form == 3:
            out.append(f"{r.choice(['座谈会暨', ''])}《{titles[0]}》签约仪式在{b[1]}举行。{la}、{lb}出席并见证签约。")
        elif form == 4:
            out.append(f"双方签署{r.choice(['战略合作框架协议', '合作备忘录', '友好合作协议'])}。")
            if len(titles) > 1:
                out.append(f"此外，两地{r.choice(['有关部门', '企业'])}还签署了《{titles[1]}》。")
        elif form == 5:
            out.append(f"会谈结束后，{la}与{lb}共同签署了{'和'.join('《' + t + '》' for t in titles[:2])}。")
        elif form == 6:  # a ceremony named after two documents of the provinces, where two cities sign a third
            pa, pb = PARENT.get(a[0], a[0]), PARENT.get(b[0], b[0])
            out.append(f"{s.m}月{s.d}日，在{b[1]}举行的{pa}与{pb}{r.choice(['战略合作备忘录', '合作框架协议'])}暨"
                       f"{r.choice(['友好城市', '产业园区', '重点项目'])}合作协议签约仪式上，"
                       f"{r.choice(['我市', a[1]])}与{b[0]}正式{r.choice(['缔结为友好城市', '建立合作关系'])}。")
            out.append(f"{s.leader[2]}{la}，{s.host[2]}{lb}分别代表两{r.choice(['市', '地', '省'])}签署了"
                       f"{r.choice(['缔结友好城市协议书', '合作协议书', '框架协议'])}。")
            if s.others:
                out.append(f"{'、'.join(o[2] + o[0] for o in s.others[:3])}出席签约仪式并参加会见。")
        else:  # the signing told from our side, the document only described
            out.append(f"{r.choice(['我市', '我省', a[1]])}与{b[1]}签署{s.fields[0][0]}合作协议，"
                       f"{r.choice(['并就下一步合作达成共识', '两地合作由此开启新篇章', ''])}。".replace("，。", "。"))
            out.append(f"{la}出席签约仪式并致辞。")
        if r.random() < 0.4:  # the document told again afterwards, by name or not
            out.append(r.choice([f"《{titles[0]}》的签署，标志着两地合作进入新阶段。",
                                 "协议的签署将推动两地合作迈上新台阶。",
                                 f"根据协议，双方将在{s.fields[0][0]}等领域开展务实合作。"]))
        return out

    def en_signings(self, s: _Story) -> list[str]:
        r = self.r
        la, lb = s.leader[1], s.host[1]
        if not s.n_sign:
            return []
        titles = [t for _, t in s.signings]
        if s.batch:
            return [f"Departments and companies of the two sides signed {s.n_sign} cooperation agreements at a "
                    f"ceremony attended by {la} and {lb}."]
        out = [r.choice([
            f"{la} and {lb} witnessed the signing of " + " and ".join(f"the {t}" for t in titles) + ".",
            f"The two sides signed a {r.choice(['strategic cooperation framework agreement', 'memorandum of understanding', 'sister-city agreement'])}.",
            f"A signing ceremony for the {titles[0]} was held after the talks.",
            f"{la} and {lb} signed the {titles[0]} on behalf of the two governments.",
        ])]
        if r.random() < 0.3:
            out.append(r.choice(["Under the agreement, the two sides will hold regular exchanges.",
                                 f"The signing of the {titles[0]} marks a new stage of cooperation."]))
        return out

    def zh_title(self, s: _Story) -> str:
        if s.kind == "internal":
            return f"{s.a[1]}召开会议"
        if s.signings and self.r.random() < 0.4:
            return self.r.choice([f"{s.a[1]}与{s.b[1]}签署《{s.signings[0][0]}》", "两地签署战略合作框架协议",
                                  f"{s.a[0]}与{s.b[0]}缔结友好城市", f"{s.a[1]}{s.b[1]}两地签署合作协议"])
        return f"{s.a[1]}{self.r.choice(['党政代表团', '代表团'])}赴{s.b[1]}考察"

    # ------------------------------------------------------------------ English
    def en(self, s: _Story) -> list[str]:
        r = self.r
        a, b = s.a, s.b
        date = self.date_en(s)
        paras = []
        if s.kind == "internal":
            paras.append(f"{self.en_official(s.leader)} presided over a plenary meeting of {a[2]} {date}.".replace(" .", "."))
            paras.append(r.choice(EN_NOISE))
            return paras
        if s.kind == "visit":
            paras.append(f"{date.capitalize() + ', ' if date else ''}a delegation from {a[2]}"
                         f"{r.choice([' Province', '', ' Municipality'])} led by {self.en_official(s.leader)} "
                         f"visited {b[2]}{r.choice(['.', ' for talks.', ' for a three-day study tour.'])} "
                         + (f"{self.en_official(s.host)} met the delegation." if r.random() < 0.7 else ""))
        else:
            paras.append(f"{self.en_official(s.host)} met {self.en_official(s.leader)} in {b[2]} {date}."
                         .replace(" .", ".").replace(",.", "."))
        if s.meeting:
            paras.append(f"The two sides held a {r.choice(['symposium', 'work meeting', 'video conference', 'forum'])} "
                         f"presided over by {s.host[1]}, and agreed to deepen cooperation in "
                         f"{', '.join(f for _, f in s.fields)}.")
        paras.extend(self.en_signings(s))
        if s.sites:
            paras.append(f"The delegation also toured {' and '.join(e for _, e in s.sites)}.")
        if s.others:
            paras.append("Also present were " + ", ".join(f"{o[3]} {o[1]}" for o in s.others) + ".")
        for _ in range(r.randint(0, 2)):
            paras.insert(r.randint(1, len(paras)), r.choice(EN_NOISE))
        if s.byline:
            paras.append(f"Reporter: {s.byline[1]}\nEditor: {self.person()[1]}")
        return paras

    # ------------------------------------------------------------------ mixed
    def mixed(self, s: _Story) -> list[str]:
        """Chinese paragraphs, some followed (or replaced) by their English rendering."""
        zp, ep = self.zh(s), self.en(s)
        out = []
        for i in range(max(len(zp), len(ep))):
            if i < len(zp) and self.r.random() < 0.8:
                out.append(zp[i])
            if i < len(ep) and self.r.random() < 0.6:
                out.append(ep[i])
        if self.r.random() < 0.4 and s.kind != "internal":  # a sentence switching language half-way
            out.insert(1, f"{s.host[2]}{s.host[0]}会见了 the delegation led by {s.leader[3]} {s.leader[1]}，"
                          f"双方举行座谈。")
        return out or zp

    def noisy(self, text: str) -> str:
        r = self.r
        if r.random() < 0.3:
            text = text.replace("，", ",").replace("。", ". " if r.random() < 0.5 else "。 ")
        if r.random() < 0.15:
            text = text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        if r.random() < 0.1:
            text = text.replace("\n", "\r\n")
        if r.random() < 0.1:
            text = text.replace("\n", " ")
        if r.random() < 0.1:
            text = text.replace(". ", ".", 2)  # missing spaces after a sentence
        if r.random() < 0.05:
            text = text.replace(" ", "\u00a0", 3)
        if r.random() < 0.05:
            text = text + "\n" + text  # the story twice (a page repeating itself)
        if r.random() < 0.03:
            text = text.split("\n")[0][:self.r.randint(5, 40)]  # a cut-off lead
        return text


_CONV: dict = {}


def _converter(variant: str):
    """opencc's converter from simplified Chinese to a traditional variant (s2t, s2hk, s2tw)."""
    if variant not in _CONV:
        import opencc

        _CONV[variant] = opencc.OpenCC(variant)
    return _CONV[variant]


LANGS = ("zh", "zh", "zh", "en", "en", "zht", "mixed", "mixed")


def articles(n: int, seed: int = 0, *, langs: tuple[str, ...] = LANGS) -> Iterator[dict]:
    """``n`` generated articles: ``{"id", "published", "title", "text", "lang"}`` (deterministic in ``seed``)."""
    rng = random.Random(seed)
    gen = _Gen(rng)
    for i in range(n):
        lang = langs[i % len(langs)]
        story = _Story(gen, rng.randint(2015, 2025))
        if lang == "en":
            paras, title = gen.en(story), f"{story.a[2]} and {story.b[2]} deepen cooperation"
        else:
            paras, title = (gen.mixed(story) if lang == "mixed" else gen.zh(story)), gen.zh_title(story)
        if rng.random() < 0.3:  # pages often repeat their headline as the text's first line
            paras.insert(0, title)
        text = gen.noisy("\n".join(paras))
        if lang == "zht":
            variant = rng.choice(("s2t", "s2hk", "s2tw"))
            text, title = _converter(variant).convert(text), _converter(variant).convert(title)
        published = f"{story.year}-{story.m:02d}-{min(28, story.d + rng.randint(0, 3)):02d}" \
            if rng.random() < 0.8 else None
        yield {"id": f"gen-{seed}-{i:05d}", "published": published, "title": title if rng.random() < 0.7 else None,
               "text": text if text.strip() else "无。", "lang": lang}


def check(arts: list[dict], pipeline=None) -> dict:
    """Run the pipeline over ``arts`` (batched, as ingest does) and check every record.

    Returns counts and what went wrong: ``exceptions`` and ``invalid`` (schema, ``liaison.record.validate``)
    as ``(article id, message)``, ``offsets`` (a mention, evidence or flag span outside the text).
    """
    from .record import validate
    from .runner import extract_many

    out = {"articles": len(arts), "records": 0, "people": 0, "positions": 0, "events": {}, "exceptions": [],
           "invalid": [], "offsets": []}
    for art, rec_json, err in extract_many(arts, pipeline):
        if err is not None:
            out["exceptions"].append((art["id"], err))
            continue
        rec = json.loads(rec_json)
        try:
            validate(rec)
        except Exception as exc:  # noqa: BLE001 - jsonschema.ValidationError, reported with the article
            out["invalid"].append((art["id"], f"{exc.__class__.__name__}: {str(exc).splitlines()[0]}"))
            continue
        out["records"] += 1
        n = len(art["text"])
        spans = [m for p in rec["people"] for m in p["mentions"]] + [e for ev in rec["events"] for e in ev["evidence"]]
        spans += [f["span"] for f in rec.get("flags") or [] if f.get("span")]
        if any(not (0 <= s <= e <= n) for s, e in spans):
            out["offsets"].append((art["id"], "a span outside the text"))
        out["people"] += len(rec["people"])
        out["positions"] += sum(len(p["positions"]) for p in rec["people"])
        for ev in rec["events"]:
            out["events"][ev["type"]] = out["events"].get(ev["type"], 0) + 1
    return out


def _check_chunk(chunk: list[dict]) -> dict:
    return check(chunk)


def check_parallel(arts: list[dict], workers: int = 2, chunk: int = 64) -> dict:
    """``check`` over ``workers`` processes (each builds the pipeline once, like an ingest worker)."""
    import multiprocessing as mp

    from .runner import init_worker

    parts = [arts[i:i + chunk] for i in range(0, len(arts), chunk)]
    if workers <= 1:
        results = [check(p) for p in parts]
    else:
        ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        with ctx.Pool(workers, initializer=init_worker) as pool:
            results = pool.map(_check_chunk, parts)
    total: dict = {"articles": 0, "records": 0, "people": 0, "positions": 0, "events": {}, "exceptions": [],
                   "invalid": [], "offsets": []}
    for r in results:
        for k in ("articles", "records", "people", "positions"):
            total[k] += r[k]
        for k in ("exceptions", "invalid", "offsets"):
            total[k] += r[k]
        for t, n in r["events"].items():
            total["events"][t] = total["events"].get(t, 0) + n
    return total


def make_pdf(lines: list[str], *, title: str | None = None) -> bytes:
    """A small PDF whose text layer holds ``lines`` (any Unicode in the Basic Multilingual Plane), one per
    text line: a Type0 font with Identity-H codes and a ToUnicode map from each code to the same code
    point. Enough for text extraction (no glyphs are embedded: viewers fall back to a system font).
    """
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Identity-UCS def "
            b"/CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange "
            b"<0000> <FFFF> <0000> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end")
    ops = [b"BT /F1 11 Tf 14 TL 40 800 Td"]
    for line in lines:
        ops.append(b"<" + line.encode("utf-16-be").hex().encode() + b"> Tj T*")
    ops.append(b"ET")
    content = b"\n".join(ops)
    info = b"<< /Title <" + (b"feff" + title.encode("utf-16-be").hex().encode()) + b"> >>" if title else b"<< >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        info,
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, len(objects), xref)
    return bytes(out)


def make_docx(paragraphs: list[str], *, title: str | None = None, table: list[list[str]] | None = None) -> bytes:
    """A .docx with ``paragraphs`` (and a table of ``table`` rows), written with python-docx."""
    import io

    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for row, cells in zip(t.rows, table):
            for cell, text in zip(row.cells, cells):
                cell.text = text
    if title:
        d.core_properties.title = title
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()



# --- small readers of a record, shared by the tests (one place instead of a copy per test file) ---

def _place(region: dict | None, order: tuple[str, ...]) -> str | None:
    r = region or {}
    for key in order:
        v = r.get("code") if key == "code" else (r.get("name") or {}).get(key)
        if v:
            return v
    return None


def positions_by_name(text: str, published: str | None = None, *, place: tuple[str, ...] = ("code", "en"),
                      keys: tuple[str, ...] = ("en",)) -> dict[str, list[tuple]]:
    """Extract ``text`` and map each person's name (English, or the scripts in ``keys``) to
    ``[(role, org_kind, place)]``, the place being the first of the region's code / English / Chinese
    name present, in the order ``place`` gives."""
    import liaison
    out: dict[str, list[tuple]] = {}
    for p in liaison.extract(text, published=published)["people"]:
        got = [(x["role"], x["org_kind"], _place(x["region"], place)) for x in p["positions"]]
        for k in keys:
            if p["name"].get(k):
                out[p["name"][k]] = got
    return out


def roles_of(rec: dict, ev: dict, script: tuple[str, ...] = ("zh", "en")) -> set[tuple[str, str]]:
    """{(name, role)} of an event's participants, the name in the first script of ``script`` present."""
    names = {p["id"]: next((p["name"][k] for k in script if p["name"].get(k)), None) for p in rec["people"]}
    return {(names[x["person"]], x["role"]) for x in ev["participants"]}



def extract_named(text: str, published: str | None = "2023-06-01") -> tuple[dict, dict[str, str]]:
    """The record of ``text`` and {person id: name}, Chinese when the record has it, else English."""
    import liaison
    rec = liaison.extract(text, published=published)
    return rec, {p["id"]: p["name"]["zh"] or p["name"]["en"] for p in rec["people"]}


def events_of(rec: dict, kind: str) -> list[dict]:
    """The record's events of one type, in order."""
    return [e for e in rec["events"] if e["type"] == kind]


def party_names(ev: dict) -> list[str]:
    """An event's parties by name, Chinese when present, sorted."""
    return sorted(r["name"]["zh"] or r["name"]["en"] for r in ev["parties"])


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args else 10
    seed = int(args[1]) if len(args) > 1 else 0
    for art in articles(n, seed):
        print(json.dumps(art, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
