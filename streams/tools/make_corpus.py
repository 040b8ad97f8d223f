#!/usr/bin/env python3
"""Writes echowatch's labelled detection corpus (streams/src/test/resources/corpus).

Every story is composed here from invented facts (meetings, trade figures, agreements) rendered in
English, Russian, Chinese and Belarusian sentence patterns written for this project. Planted echoes of each tier
go in both directions (BelTA->Xinhua and Xinhua->BelTA); hard negatives share the leader, the city or
the figures of a story but report a different event. Belarusian stories (BelTA only) come last, from a
generator of their own, so that adding them left the other stories and pairs as they were.
Deterministic: fixed seeds.

Usage: python3 streams/tools/make_corpus.py streams/src/test/resources/corpus
"""
import json, random, re, sys, datetime

R = random.Random(20260301)
EN_MON = ["January","February","March","April","May","June","July","August","September","October","November","December"]
RU_MON_GEN = ["января","февраля","марта","апреля","мая","июня","июля","августа","сентября","октября","ноября","декабря"]
RU_MON_PREP = ["январе","феврале","марте","апреле","мае","июне","июле","августе","сентябре","октябре","ноябре","декабре"]

# person: (en full, en short, ru nom, ru instr, ru short, zh full, zh short)
BY = {
 "lukashenko": ("Belarusian President Aleksandr Lukashenko","Lukashenko","Президент Беларуси Александр Лукашенко","Президентом Беларуси Александром Лукашенко","Лукашенко","白俄罗斯总统卢卡申科","卢卡申科"),
 "turchin": ("Belarusian Prime Minister Aleksandr Turchin","Turchin","Премьер-министр Беларуси Александр Турчин","Премьер-министром Беларуси Александром Турчиным","Турчин","白俄罗斯总理图尔钦","图尔钦"),
 "ryzhenkov": ("Belarusian Foreign Minister Maxim Ryzhenkov","Ryzhenkov","Министр иностранных дел Беларуси Максим Рыженков","Министром иностранных дел Беларуси Максимом Рыженковым","Рыженков","白俄罗斯外长雷任科夫","雷任科夫"),
 "snopkov": ("First Deputy Prime Minister of Belarus Nikolai Snopkov","Snopkov","Первый вице-премьер Беларуси Николай Снопков","Первым вице-премьером Беларуси Николаем Снопковым","Снопков","白俄罗斯第一副总理斯诺普科夫","斯诺普科夫"),
 "kochanova": ("Chairperson of the Council of the Republic Natalya Kochanova","Kochanova","Председатель Совета Республики Наталья Кочанова","Председателем Совета Республики Натальей Кочановой","Кочанова","白俄罗斯共和国院主席科恰诺娃","科恰诺娃"),
}
CN = {
 "xi": ("Chinese President Xi Jinping","Xi Jinping","Председатель КНР Си Цзиньпин","Председателем КНР Си Цзиньпином","Си Цзиньпин","国家主席习近平","习近平"),
 "liqiang": ("Chinese Premier Li Qiang","Li Qiang","Премьер Госсовета КНР Ли Цян","Премьером Госсовета КНР Ли Цяном","Ли Цян","国务院总理李强","李强"),
 "wangyi": ("Chinese Foreign Minister Wang Yi","Wang Yi","Министр иностранных дел КНР Ван И","Министром иностранных дел КНР Ван И","Ван И","外交部长王毅","王毅"),
 "zhaoleji": ("Zhao Leji, chairman of the NPC Standing Committee","Zhao Leji","Председатель Постоянного комитета ВСНП Чжао Лэцзи","Председателем Постоянного комитета ВСНП Чжао Лэцзи","Чжао Лэцзи","全国人大常委会委员长赵乐际","赵乐际"),
 "ding": ("Chinese Vice Premier Ding Xuexiang","Ding Xuexiang","Вице-премьер Госсовета КНР Дин Сюэсян","Вице-премьером Госсовета КНР Дин Сюэсяном","Дин Сюэсян","国务院副总理丁薛祥","丁薛祥"),
 "wangwentao": ("Chinese Commerce Minister Wang Wentao","Wang Wentao","Министр коммерции КНР Ван Вэньтао","Министром коммерции КНР Ван Вэньтао","Ван Вэньтао","商务部部长王文涛","王文涛"),
}
BY_HOSTS = ["lukashenko","turchin","ryzhenkov","snopkov"]
CN_HOSTS = ["xi","liqiang","wangyi","ding"]
TOPICS = [("trade","торговли","贸易"),("investment","инвестиций","投资"),("agriculture","сельского хозяйства","农业"),
 ("education","образования","教育"),("logistics","логистики","物流"),("science and technology","науки и технологий","科技"),
 ("tourism","туризма","旅游"),("security","безопасности","安全"),("culture","культуры","文化"),("healthcare","здравоохранения","医疗卫生"),
 ("machine-building","машиностроения","机械制造"),("energy","энергетики","能源")]
PRODUCTS = [("potash fertilizers","калийных удобрений","钾肥"),("dairy products","молочной продукции","乳制品"),("beef","говядины","牛肉"),
 ("tractors","тракторов","拖拉机"),("mining dump trucks","карьерных самосвалов","矿用卡车"),("timber","древесины","木材"),
 ("rapeseed oil","рапсового масла","菜籽油"),("poultry","мяса птицы","禽肉")]
PROVINCES = [("Shandong","Шаньдун","山东"),("Jiangsu","Цзянсу","江苏"),("Guangdong","Гуандун","广东"),("Zhejiang","Чжэцзян","浙江"),
 ("Sichuan","Сычуань","四川"),("Heilongjiang","Хэйлунцзян","黑龙江"),("Hubei","Хубэй","湖北"),("Henan","Хэнань","河南")]
BY_ORGS = [("the Great Stone industrial park","индустриальный парк «Великий камень»","中白工业园"),("MAZ","МАЗ","马兹"),("BelAZ","БЕЛАЗ","别拉斯"),
 ("Belarusian State University","Белорусский государственный университет","白俄罗斯国立大学"),("Minsk Tractor Works","Минский тракторный завод","明斯克拖拉机厂")]
CN_ORGS = [("Geely","Geely","吉利"),("Huawei","Huawei","华为"),("China Development Bank","Банк развития Китая","国家开发银行"),
 ("Sinomach","Sinomach","国机集团"),("Weichai","Weichai","潍柴")]
PROJECTS = [("a plant to produce electric buses","завода по выпуску электробусов","电动公交车生产厂"),("a plant for auto components","завода автокомпонентов","汽车零部件工厂"),
 ("a pharmaceutical plant","фармацевтического завода","制药厂"),("a microelectronics centre","центра микроэлектроники","微电子中心"),
 ("a logistics hub","логистического центра","物流中心"),("a research laboratory","научной лаборатории","联合实验室")]
AGENCIES = [("the National Statistics Committee","Национальный статистический комитет","白俄罗斯国家统计委员会"),
 ("the Belarusian Agriculture and Food Ministry","Министерство сельского хозяйства и продовольствия","白俄罗斯农业和食品部"),
 ("the General Administration of Customs of China","Главное таможенное управление КНР","中国海关总署")]

def d_en(d): return f"{EN_MON[d.month-1]} {d.day}"
def d_ru(d): return f"{d.day} {RU_MON_GEN[d.month-1]}"
def d_zh(d): return f"{d.month}月{d.day}日"
def bn_en(x): return f"{x:.1f} billion dollars"
def bn_ru(x): return f"{x:.1f}".replace(".", ",") + " млрд долларов"
def bn_zh(x): return f"{x*10:g}亿美元"
def mn_en(x): return f"{x} million dollars"
def mn_ru(x): return f"{x} млн долларов"
def mn_zh(x): return (f"{x/100:g}亿美元" if x >= 100 else f"{x*100}万美元")

# Belarusian forms, keyed by the English form (element 0) of the tuples above.
# person: (nom, instr, short nom, short gen, full gen, short instr, feminine)
BE_PERSON = {
 "Belarusian President Aleksandr Lukashenko": ("Прэзідэнт Беларусі Аляксандр Лукашэнка","Прэзідэнтам Беларусі Аляксандрам Лукашэнкам","Лукашэнка","Лукашэнкі","Прэзідэнта Беларусі Аляксандра Лукашэнкі","Лукашэнкам",False),
 "Belarusian Prime Minister Aleksandr Turchin": ("Прэм'ер-міністр Беларусі Аляксандр Турчын","Прэм'ер-міністрам Беларусі Аляксандрам Турчыным","Турчын","Турчына","Прэм'ер-міністра Беларусі Аляксандра Турчына","Турчыным",False),
 "Belarusian Foreign Minister Maxim Ryzhenkov": ("Міністр замежных спраў Беларусі Максім Рыжанкоў","Міністрам замежных спраў Беларусі Максімам Рыжанковым","Рыжанкоў","Рыжанкова","Міністра замежных спраў Беларусі Максіма Рыжанкова","Рыжанковым",False),
 "First Deputy Prime Minister of Belarus Nikolai Snopkov": ("Першы віцэ-прэм'ер Беларусі Мікалай Снопкоў","Першым віцэ-прэм'ерам Беларусі Мікалаем Снопковым","Снопкоў","Снопкова","Першага віцэ-прэм'ера Беларусі Мікалая Снопкова","Снопковым",False),
 "Chairperson of the Council of the Republic Natalya Kochanova": ("Старшыня Савета Рэспублікі Наталля Качанава","Старшынёй Савета Рэспублікі Наталляй Качанавай","Качанава","Качанавай","Старшыні Савета Рэспублікі Наталлі Качанавай","Качанавай",True),
 "Chinese President Xi Jinping": ("Старшыня КНР Сі Цзіньпін","Старшынёй КНР Сі Цзіньпінам","Сі Цзіньпін","Сі Цзіньпіна","Старшыні КНР Сі Цзіньпіна","Сі Цзіньпінам",False),
 "Chinese Premier Li Qiang": ("Прэм'ер Дзяржсавета КНР Лі Цян","Прэм'ерам Дзяржсавета КНР Лі Цянам","Лі Цян","Лі Цяна","Прэм'ера Дзяржсавета КНР Лі Цяна","Лі Цянам",False),
 "Chinese Foreign Minister Wang Yi": ("Міністр замежных спраў КНР Ван І","Міністрам замежных спраў КНР Ван І","Ван І","Ван І","Міністра замежных спраў КНР Ван І","Ван І",False),
 "Zhao Leji, chairman of the NPC Standing Committee": ("Старшыня Пастаяннага камітэта УСНП Чжао Лэцзі","Старшынёй Пастаяннага камітэта УСНП Чжао Лэцзі","Чжао Лэцзі","Чжао Лэцзі","Старшыні Пастаяннага камітэта УСНП Чжао Лэцзі","Чжао Лэцзі",False),
 "Chinese Vice Premier Ding Xuexiang": ("Віцэ-прэм'ер Дзяржсавета КНР Дзін Сюэсян","Віцэ-прэм'ерам Дзяржсавета КНР Дзін Сюэсянам","Дзін Сюэсян","Дзін Сюэсяна","Віцэ-прэм'ера Дзяржсавета КНР Дзін Сюэсяна","Дзін Сюэсянам",False),
 "Chinese Commerce Minister Wang Wentao": ("Міністр камерцыі КНР Ван Вэньтаа","Міністрам камерцыі КНР Ван Вэньтаа","Ван Вэньтаа","Ван Вэньтаа","Міністра камерцыі КНР Ван Вэньтаа","Ван Вэньтаа",False),
}
# topic, product, project: genitive (projects also accusative); province: nominative
BE_TOPIC = {"trade":"гандлю","investment":"інвестыцый","agriculture":"сельскай гаспадаркі","education":"адукацыі","logistics":"лагістыкі",
 "science and technology":"навукі і тэхналогій","tourism":"турызму","security":"бяспекі","culture":"культуры","healthcare":"аховы здароўя",
 "machine-building":"машынабудавання","energy":"энергетыкі"}
BE_PRODUCT = {"potash fertilizers":"калійных угнаенняў","dairy products":"малочнай прадукцыі","beef":"ялавічыны","tractors":"трактароў",
 "mining dump trucks":"кар'ерных самазвалаў","timber":"драўніны","rapeseed oil":"рапсавага алею","poultry":"мяса птушкі"}
BE_PROVINCE = {"Shandong":"Шаньдун","Jiangsu":"Цзянсу","Guangdong":"Гуандун","Zhejiang":"Чжэцзян","Sichuan":"Сычуань",
 "Heilongjiang":"Хэйлунцзян","Hubei":"Хубэй","Henan":"Хэнань"}
BE_ORG = {"the Great Stone industrial park":"Індустрыяльны парк «Вялікі камень»","MAZ":"МАЗ","BelAZ":"БЕЛАЗ",
 "Belarusian State University":"Беларускі дзяржаўны ўніверсітэт","Minsk Tractor Works":"Мінскі трактарны завод",
 "Geely":"Geely","Huawei":"Huawei","China Development Bank":"Банк развіцця Кітая","Sinomach":"Sinomach","Weichai":"Weichai"}
BE_PROJECT = {"a plant to produce electric buses":("завода па выпуску электробусаў","завод па выпуску электробусаў"),
 "a plant for auto components":("завода аўтакампанентаў","завод аўтакампанентаў"),
 "a pharmaceutical plant":("фармацэўтычнага завода","фармацэўтычны завод"),
 "a microelectronics centre":("цэнтра мікраэлектронікі","цэнтр мікраэлектронікі"),
 "a logistics hub":("лагістычнага цэнтра","лагістычны цэнтр"),
 "a research laboratory":("навуковай лабараторыі","навуковую лабараторыю")}
# agency: (nom, gen, past tense of 'reported' agreeing with it)
BE_AGENCY = {"the National Statistics Committee":("Нацыянальны статыстычны камітэт","Нацыянальнага статыстычнага камітэта","паведаміў"),
 "the Belarusian Agriculture and Food Ministry":("Міністэрства сельскай гаспадаркі і харчавання","Міністэрства сельскай гаспадаркі і харчавання","паведаміла"),
 "the General Administration of Customs of China":("Галоўнае мытнае ўпраўленне КНР","Галоўнага мытнага ўпраўлення КНР","паведаміла")}
# city: (dateline, locative, nominative)
BE_CITY = {"Minsk":("МІНСК","Мінску","Мінск"),"Beijing":("ПЕКІН","Пекіне","Пекін")}
BE_MON_GEN = ["студзеня","лютага","сакавіка","красавіка","мая","чэрвеня","ліпеня","жніўня","верасня","кастрычніка","лістапада","снежня"]
BE_MON_LOC = ["студзені","лютым","сакавіку","красавіку","маі","чэрвені","ліпені","жніўні","верасні","кастрычніку","лістападзе","снежні"]

def d_be(d): return f"{d.day} {BE_MON_GEN[d.month-1]}"
def bn_be(x): return f"{x:.1f}".replace(".", ",") + " млрд долараў"
def mn_be(x): return f"{x} млн долараў"
def pl_be(n, one, few, many):
    """the noun phrase after the number n: 1 (but 11), 2-4 (but 12-14), otherwise"""
    if n % 10 == 1 and n % 100 != 11: return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14: return few
    return many
def u_be(text):
    """Belarusian у becomes ў after a word ending in a vowel; з becomes са before с, з, ш, ж and a consonant"""
    text = re.sub(r"(?<=[аеёіоуыэюяАЕЁІОУЫЭЮЯ]) у ", " ў ", text)
    return re.sub(r" з (?=[СсЗзШшЖж][^аеёіоуыэюяАЕЁІОУЫЭЮЯ])", " са ", text)
def be_out(title, s):
    return u_be(title), [[u_be(x) for x in pair] for pair in s]

def meeting_be(f, v):
    h, g = BE_PERSON[f["host"][0]], BE_PERSON[f["guest"][0]]
    t1, t2 = BE_TOPIC[f["topics"][0][0]], BE_TOPIC[f["topics"][1][0]]
    d, c, y, p, n = d_be(f["date"]), BE_CITY[f["city"][0]], f["y"], f["p"], f["n"]
    prov = BE_PROVINCE[f["prov"][0]]
    invited = "запрасіла" if g[6] else "запрасіў"
    s = [
     [f"{h[0]} сустрэўся з {g[1]} у {c[1]} {d}.", f"{d} у {c[1]} {h[0]} правёў перамовы з {g[1]}."],
     [f"Бакі абмеркавалі супрацоўніцтва ў сферы {t1} і {t2}.", f"У цэнтры ўвагі на перамовах былі пытанні {t1} і {t2}."],
     [f"Тавараабарот Беларусі і Кітая ў {y} годзе дасягнуў {bn_be(f['x'])}, павялічыўшыся на {p}%.", f"У {y} годзе ўзаемны гандаль вырас на {p}% і склаў {bn_be(f['x'])}."],
     [f"У індустрыяльным парку «Вялікі камень» рэалізуецца больш за {n} {pl_be(n, 'сумесны праект', 'сумесныя праекты', 'сумесных праектаў')}.", f"Партнёры ажыццяўляюць звыш {n} сумесных праектаў у парку «Вялікі камень»."],
     [f"{h[2]} заявіў, што адносіны дзвюх краін знаходзяцца на самым высокім узроўні за ўсю гісторыю.", f"Па словах {h[3]}, адносіны Мінска і Пекіна яшчэ ніколі не былі такімі моцнымі."],
     [f"Бакі пацвердзілі падтрымку Глабальнай ініцыятывы бяспекі і выступілі супраць умяшання ва ўнутраныя справы.", f"Абедзве краіны падтрымліваюць Глабальную ініцыятыву бяспекі і адхіляюць любое ўмяшанне ва ўнутраныя справы."],
     [f"Новае пагадненне ў сферы {t1} плануецца падпісаць да канца {y+1} года.", f"Бакі маюць намер падпісаць пагадненне па пытаннях {t1} да канца {y+1} года."],
     [f"{g[2]} {invited} калегу наведаць правінцыю {prov}.", f"{g[2]} таксама {invited} наведаць {prov}."],
    ]
    title = [f"{h[2]} сустрэўся з {g[5]} у {c[1]}", f"{h[2]} і {g[2]} абмеркавалі пытанні {t1} і {t2}"][v]
    return be_out(title, s)

def tradestat_be(f, v):
    pr, ag, m, y, p, n = BE_PRODUCT[f["product"][0]], BE_AGENCY[f["agency"][0]], f["month"], f["y"], f["p"], f["n"]
    p1, p2 = BE_PROVINCE[f["provs"][0][0]], BE_PROVINCE[f["provs"][1][0]]
    months = pl_be(m, "месяц", "месяцы", "месяцаў")
    firms = pl_be(n, "беларускае прадпрыемства", "беларускія прадпрыемствы", "беларускіх прадпрыемстваў")
    have = "мае" if firms.endswith("прадпрыемства") else "маюць"
    s = [
     [f"Экспарт {pr} з Беларусі ў Кітай у студзені-{BE_MON_LOC[m-1]} {y} года склаў {mn_be(f['x'])}, {ag[2]} {ag[0]}.", f"Па даных {ag[1]}, экспарт {pr} з Беларусі ў Кітай за {m} {months} {y} года дасягнуў {mn_be(f['x'])}."],
     [f"Гэта на {p}% больш, чым годам раней.", f"У гадавым вылічэнні паказчык вырас на {p}%."],
     [f"Колькасць беларускіх кампаній, акрэдытаваных для паставак {pr} у Кітай, дасягнула {n}.", f"Права на экспарт {pr} на кітайскі рынак цяпер {have} {n} {firms}."],
     [f"Асноўная частка паставак прыпадае на правінцыі {p1} і {p2}.", f"Найбуйнейшымі пакупнікамі застаюцца {p1} і {p2}."],
     [f"Беларусь плануе да {y+1} года нарасціць пастаўкі да {mn_be(f['z'])}.", f"Мэта на {y+1} год — {mn_be(f['z'])}."],
     [f"Беларусь і Кітай устанавілі дыпламатычныя адносіны ў 1992 годзе.", f"Дыпламатычныя адносіны паміж дзвюма краінамі былі ўстаноўлены ў 1992 годзе."],
    ]
    title = [f"Экспарт {pr} з Беларусі ў Кітай вырас на {p}%", f"Экспарт {pr} з Беларусі ў Кітай дасягнуў {mn_be(f['x'])}"][v]
    return be_out(title, s)

def agreement_be(f, v):
    a, b, pj = BE_ORG[f["borg"][0]], BE_ORG[f["corg"][0]], BE_PROJECT[f["project"][0]]
    d, c, n, wit = d_be(f["date"]), BE_CITY[f["city"][0]], f["n"], BE_PERSON[f["wit"][0]]
    a_mid = a[0].lower() + a[1:] if a.startswith("Індустрыяльны") else a
    jobs = pl_be(n, "будзе створана {} працоўнае месца", "будуць створаны {} працоўныя месцы", "будзе створана {} працоўных месцаў").format(n)
    s = [
     [f"{a} і {b} {d} у {c[1]} падпісалі пагадненне аб будаўніцтве {pj[0]}.", f"Пагадненне аб будаўніцтве {pj[0]} падпісалі {d} у {c[1]} {a_mid} і {b}."],
     [f"Кошт праекта складае {mn_be(f['x'])}.", f"Інвестыцыі ў праект складуць {mn_be(f['x'])}."],
     [f"На новым прадпрыемстве {jobs}.", f"Чакаецца стварэнне каля {n} новых працоўных месцаў."],
     [f"Пачаць вытворчасць плануецца ў {f['y']} годзе.", f"Першую прадукцыю маюць намер выпусціць у {f['y']} годзе."],
     [f"{b} працуе ў Беларусі з {f['y0']} года.", f"{b} прысутнічае на беларускім рынку з {f['y0']} года."],
     [f"Дакумент падпісаны ў прысутнасці {wit[4]}.", f"На цырымоніі падпісання прысутнічаў {wit[2]}."],
    ]
    title = [f"{b} пабудуе {pj[1]} у Беларусі", f"{a} і {b} падпісалі пагадненне на {mn_be(f['x'])}"][v]
    return be_out(title, s)

def meeting(f, lang, v):
    if lang == "be": return meeting_be(f, v)
    h, g = f["host"], f["guest"]; t1, t2 = f["topics"]; d = f["date"]
    city = f["city"]
    if lang == "en":
        s = [
         [f"{h[0]} met with {g[0]} in {city[0]} on {d_en(d)}.", f"On {d_en(d)}, {h[0]} held talks in {city[0]} with {g[0]}."],
         [f"The two sides discussed cooperation in {t1[0]} and {t2[0]}.", f"{t1[0].capitalize()} and {t2[0]} were at the centre of the talks."],
         [f"Trade between Belarus and China reached {bn_en(f['x'])} in {f['y']}, up {f['p']} percent.", f"In {f['y']}, bilateral trade grew by {f['p']} percent to {bn_en(f['x'])}."],
         [f"More than {f['n']} joint projects are being implemented in the Great Stone industrial park.", f"The partners are carrying out over {f['n']} joint projects at the Great Stone industrial park."],
         [f"{h[1]} said relations between the two countries were at the highest level in their history.", f"According to {h[1]}, ties between Minsk and Beijing have never been better."],
         [f"The sides confirmed their support for the Global Security Initiative and opposed interference in internal affairs.", f"Both countries back the Global Security Initiative and reject any interference in their internal affairs."],
         [f"A new agreement on {t1[0]} is expected to be signed before the end of {f['y']+1}.", f"The parties plan to sign a {t1[0]} agreement by the end of {f['y']+1}."],
         [f"{g[1]} invited his counterpart to visit {f['prov'][0]} province.", f"{g[1]} also extended an invitation to visit {f['prov'][0]}."],
        ]
        title = [f"{h[1]} meets {g[1]} in {city[0]}", f"{h[1]}, {g[1]} discuss {t1[0]} and {t2[0]}"][v]
    elif lang == "ru":
        s = [
         [f"{h[2]} встретился с {g[3]} в {city[2]} {d_ru(d)}.", f"{d_ru(d).capitalize()} в {city[2]} {h[2]} провел переговоры с {g[3]}."],
         [f"Стороны обсудили сотрудничество в сфере {t1[1]} и {t2[1]}.", f"В центре внимания переговоров были вопросы {t1[1]} и {t2[1]}."],
         [f"Товарооборот Беларуси и Китая в {f['y']} году достиг {bn_ru(f['x'])}, увеличившись на {f['p']}%.", f"В {f['y']} году взаимная торговля выросла на {f['p']}% и составила {bn_ru(f['x'])}."],
         [f"В индустриальном парке «Великий камень» реализуется более {f['n']} совместных проектов.", f"Партнеры осуществляют свыше {f['n']} совместных проектов в парке «Великий камень»."],
         [f"{h[4]} заявил, что отношения двух стран находятся на самом высоком уровне за всю историю.", f"По словам {h[4]}, отношения Минска и Пекина еще никогда не были такими крепкими."],
         [f"Стороны подтвердили поддержку Глобальной инициативы безопасности и выступили против вмешательства во внутренние дела.", f"Обе страны поддерживают Глобальную инициативу безопасности и отвергают любое вмешательство во внутренние дела."],
         [f"Новое соглашение в сфере {t1[1]} планируется подписать до конца {f['y']+1} года.", f"Стороны намерены подписать соглашение по вопросам {t1[1]} до конца {f['y']+1} года."],
         [f"{g[4]} пригласил коллегу посетить провинцию {f['prov'][1]}.", f"{g[4]} также пригласил посетить {f['prov'][1]}."],
        ]
        title = [f"{h[4]} встретился с {g[4]} в {city[2]}", f"{h[4]} и {g[4]} обсудили вопросы {t1[1]} и {t2[1]}"][v]
    else:
        s = [
         [f"{h[5]}{d_zh(d)}在{city[3]}会见了{g[5]}。", f"{d_zh(d)}，{h[5]}在{city[3]}同{g[5]}举行会谈。"],
         [f"双方讨论了{t1[2]}和{t2[2]}领域的合作。", f"{t1[2]}和{t2[2]}是会谈的重点。"],
         [f"{f['y']}年白俄罗斯与中国贸易额达到{bn_zh(f['x'])}，增长{f['p']}%。", f"{f['y']}年双边贸易增长{f['p']}%，达{bn_zh(f['x'])}。"],
         [f"中白工业园正在实施{f['n']}多个合作项目。", f"双方在中白工业园开展的合作项目超过{f['n']}个。"],
         [f"{h[6]}表示，两国关系处于历史最高水平。", f"{h[6]}说，明斯克和北京的关系从未像现在这样好。"],
         [f"双方重申支持全球安全倡议，反对干涉内政。", f"两国支持全球安全倡议，反对任何干涉内政的行为。"],
         [f"双方预计在{f['y']+1}年底前签署新的{t1[2]}协议。", f"双方计划于{f['y']+1}年底前签署{t1[2]}协议。"],
         [f"{g[6]}邀请对方访问{f['prov'][2]}省。", f"{g[6]}还邀请对方访问{f['prov'][2]}。"],
        ]
        title = [f"{h[6]}在{city[3]}会见{g[6]}", f"{h[6]}与{g[6]}讨论{t1[2]}和{t2[2]}合作"][v]
    return title, s

def tradestat(f, lang, v):
    if lang == "be": return tradestat_be(f, v)
    pr, ag, m, y = f["product"], f["agency"], f["month"], f["y"]
    p1, p2 = f["provs"]
    if lang == "en":
        s = [
         [f"Belarus exported {pr[0]} worth {mn_en(f['x'])} to China in January-{EN_MON[m-1]} {y}, {ag[0]} said.", f"According to {ag[0]}, Belarusian exports of {pr[0]} to China reached {mn_en(f['x'])} in the first {m} months of {y}."],
         [f"This is {f['p']} percent more than a year earlier.", f"Year on year, the figure grew by {f['p']} percent."],
         [f"The number of Belarusian companies accredited to supply {pr[0]} to China has reached {f['n']}.", f"{f['n']} Belarusian enterprises now have the right to export {pr[0]} to the Chinese market."],
         [f"Most of the supplies go to {p1[0]} and {p2[0]}.", f"{p1[0]} and {p2[0]} remain the largest buyers."],
         [f"Belarus plans to increase supplies to {mn_en(f['z'])} by {y+1}.", f"The target for {y+1} is {mn_en(f['z'])}."],
         [f"Belarus and China established diplomatic relations in 1992.", f"Diplomatic ties between the two countries date back to 1992."],
        ]
        title = [f"Belarus' {pr[0]} exports to China up {f['p']}%", f"Exports of Belarusian {pr[0]} to China reach {mn_en(f['x'])}"][v]
    elif lang == "ru":
        s = [
         [f"Беларусь в январе-{RU_MON_PREP[m-1]} {y} года экспортировала в Китай {pr[1]} на {mn_ru(f['x'])}, сообщил {ag[1]}.", f"По данным ведомства {ag[1]}, экспорт белорусской {pr[1]} в Китай за {m} месяцев {y} года достиг {mn_ru(f['x'])}."],
         [f"Это на {f['p']}% больше, чем годом ранее.", f"В годовом выражении показатель вырос на {f['p']}%."],
         [f"Число белорусских компаний, аккредитованных для поставок {pr[1]} в Китай, достигло {f['n']}.", f"Право экспортировать {pr[1]} на китайский рынок теперь имеют {f['n']} белорусских предприятий."],
         [f"Основная часть поставок приходится на провинции {p1[1]} и {p2[1]}.", f"Крупнейшими покупателями остаются {p1[1]} и {p2[1]}."],
         [f"Беларусь планирует нарастить поставки до {mn_ru(f['z'])} к {y+1} году.", f"Цель на {y+1} год составляет {mn_ru(f['z'])}."],
         [f"Беларусь и Китай установили дипломатические отношения в 1992 году.", f"Дипломатические отношения двух стран были установлены в 1992 году."],
        ]
        title = [f"Экспорт белорусской {pr[1]} в Китай вырос на {f['p']}%", f"Экспорт {pr[1]} из Беларуси в Китай достиг {mn_ru(f['x'])}"][v]
    else:
        s = [
         [f"{ag[2]}称，{y}年1至{m}月白俄罗斯对华出口{pr[2]}{mn_zh(f['x'])}。", f"据{ag[2]}统计，{y}年前{m}个月白俄罗斯对华{pr[2]}出口额达{mn_zh(f['x'])}。"],
         [f"同比增长{f['p']}%。", f"比上年同期增长{f['p']}%。"],
         [f"获准向中国供应{pr[2]}的白俄罗斯企业已达{f['n']}家。", f"目前共有{f['n']}家白俄罗斯企业有权向中国市场出口{pr[2]}。"],
         [f"大部分产品销往{p1[2]}和{p2[2]}。", f"{p1[2]}和{p2[2]}仍是最大的买家。"],
         [f"白俄罗斯计划到{y+1}年将供应量提高到{mn_zh(f['z'])}。", f"{y+1}年的目标是{mn_zh(f['z'])}。"],
         [f"白俄罗斯与中国于1992年建立外交关系。", f"两国外交关系始于1992年。"],
        ]
        title = [f"白俄罗斯对华{pr[2]}出口增长{f['p']}%", f"白俄罗斯对华出口{pr[2]}达{mn_zh(f['x'])}"][v]
    return title, s

def agreement(f, lang, v):
    if lang == "be": return agreement_be(f, v)
    a, b, pj, d, c = f["borg"], f["corg"], f["project"], f["date"], f["city"]
    if lang == "en":
        s = [
         [f"{a[0][0].upper()+a[0][1:]} and {b[0]} signed an agreement in {c[0]} on {d_en(d)} to build {pj[0]}.", f"An agreement to build {pj[0]} was signed by {a[0]} and {b[0]} in {c[0]} on {d_en(d)}."],
         [f"The project is worth {mn_en(f['x'])}.", f"Investment in the project will total {mn_en(f['x'])}."],
         [f"The new facility will create {f['n']} jobs.", f"About {f['n']} new jobs are expected to be created."],
         [f"Production is set to start in {f['y']}.", f"The first products are scheduled for {f['y']}."],
         [f"{b[0]} has been working in Belarus since {f['y0']}.", f"{b[0]} entered the Belarusian market in {f['y0']}."],
         [f"The document was signed in the presence of {f['wit'][0]}.", f"{f['wit'][0]} attended the signing ceremony."],
        ]
        title = [f"{b[0]} to build {pj[0]} with {a[0]}", f"{a[0][0].upper()+a[0][1:]}, {b[0]} sign {mn_en(f['x'])} deal"][v]
    elif lang == "ru":
        s = [
         [f"{a[1]} и {b[1]} {d_ru(d)} в {c[2]} подписали соглашение о строительстве {pj[1]}.", f"Соглашение о строительстве {pj[1]} подписали {d_ru(d)} в {c[2]} {a[1]} и {b[1]}."],
         [f"Стоимость проекта составляет {mn_ru(f['x'])}.", f"Инвестиции в проект составят {mn_ru(f['x'])}."],
         [f"На новом предприятии будет создано {f['n']} рабочих мест.", f"Ожидается создание около {f['n']} новых рабочих мест."],
         [f"Начать производство планируется в {f['y']} году.", f"Первую продукцию намерены выпустить в {f['y']} году."],
         [f"{b[1]} работает в Беларуси с {f['y0']} года.", f"{b[1]} пришла на белорусский рынок в {f['y0']} году."],
         [f"Документ подписан в присутствии: {f['wit'][2]}.", f"На церемонии подписания присутствовал {f['wit'][4]}."],
        ]
        title = [f"{b[1]} построит {pj[1].replace('завода','завод').replace('центра','центр').replace('лаборатории','лабораторию')} в Беларуси", f"{a[1]} и {b[1]} подписали соглашение на {mn_ru(f['x'])}"][v]
    else:
        s = [
         [f"{a[2]}与{b[2]}{d_zh(d)}在{c[3]}签署协议，将建设{pj[2]}。", f"{d_zh(d)}，{a[2]}和{b[2]}在{c[3]}签署了建设{pj[2]}的协议。"],
         [f"项目总投资{mn_zh(f['x'])}。", f"该项目投资额将达{mn_zh(f['x'])}。"],
         [f"新工厂将创造{f['n']}个就业岗位。", f"预计将新增约{f['n']}个工作岗位。"],
         [f"计划于{f['y']}年投产。", f"首批产品预计{f['y']}年下线。"],
         [f"{b[2]}自{f['y0']}年起在白俄罗斯开展业务。", f"{b[2]}于{f['y0']}年进入白俄罗斯市场。"],
         [f"{f['wit'][5]}出席了签字仪式。", f"签字仪式在{f['wit'][6]}见证下举行。"],
        ]
        title = [f"{b[2]}将与{a[2]}合建{pj[2]}", f"{a[2]}与{b[2]}签署{mn_zh(f['x'])}协议"][v]
    return title, s

MINSK = ("Minsk","МИНСК","Минске","明斯克","Минск")
BEIJING = ("Beijing","ПЕКИН","Пекине","北京","Пекин")
KINDS = {"meeting": meeting, "tradestat": tradestat, "agreement": agreement}

def new_facts(kind, date, R=R):
    f = {"kind": kind, "date": date, "y": R.choice([2023, 2024, 2025]), "p": R.randint(8, 60), "n": R.randint(12, 95)}
    if kind == "meeting":
        by_host = R.random() < 0.5
        f["host"] = BY[R.choice(BY_HOSTS)] if by_host else CN[R.choice(CN_HOSTS)]
        f["guest"] = CN[R.choice(list(CN))] if by_host else BY[R.choice(list(BY))]
        f["city"] = MINSK if by_host else BEIJING
        f["topics"] = R.sample(TOPICS, 2)
        f["x"] = R.randint(40, 99) / 10
        f["prov"] = R.choice(PROVINCES)
    elif kind == "tradestat":
        f["product"] = R.choice(PRODUCTS); f["agency"] = R.choice(AGENCIES); f["month"] = R.randint(3, 11)
        f["x"] = R.randint(15, 480); f["z"] = f["x"] + R.randint(50, 300); f["provs"] = R.sample(PROVINCES, 2)
        f["city"] = MINSK
    else:
        f["borg"] = R.choice(BY_ORGS); f["corg"] = R.choice(CN_ORGS); f["project"] = R.choice(PROJECTS)
        f["x"] = R.randint(20, 900); f["n"] = R.randint(100, 2500); f["y0"] = R.randint(2008, 2020)
        f["city"] = R.choice([MINSK, BEIJING]); f["wit"] = BY[R.choice(["turchin", "snopkov"])]
    return f

def render(f, lang, variant, order=None, drop=(), R=R):
    title, sents = KINDS[f["kind"]](f, lang, variant)
    picked = [s[variant] for i, s in enumerate(sents) if i not in drop]
    if order:
        picked = [picked[0]] + R.sample(picked[1:], len(picked) - 1)
    sep = "" if lang == "zh" else " "
    paras = [sep.join(picked[i:i+2]) for i in range(0, len(picked), 2)]
    return title, paras

def dateline(source, lang, city, d):
    if source == "belta":
        return {"en": f"{city[0].upper()}, {d.day} {EN_MON[d.month-1]} (BelTA) – ", "ru": f"{city[1]}, {d_ru(d)} (БЕЛТА) – ", "zh": f"白通社{city[3]}{d_zh(d)}电 ", "be": f"{BE_CITY[city[0]][0]}, {d_be(d)} (БЕЛТА) – "}[lang]
    return {"en": f"{city[0].upper()}, {d_en(d)} (Xinhua) -- ", "ru": f"{city[4]}, {d_ru(d)} /Синьхуа/ — ", "zh": f"新华社{city[3]}{d_zh(d)}电 "}[lang]

def trailer(source, lang, R=R):
    if source == "xinhua":
        return {"en": " Enditem", "ru": "", "zh": R.choice(["（完）", "[责任编辑:王磊]"])}[lang]
    if lang == "be":
        return R.choice(["", " -0-"])
    return {"en": "", "ru": R.choice(["", " -0-"]), "zh": ""}[lang]

def credit_line(origin_source, lang):
    if origin_source == "belta":
        return {"en": "BelTA reported.", "ru": "Об этом сообщило агентство БЕЛТА.", "zh": "据白通社报道。", "be": "Пра гэта паведаміла агенцтва БЕЛТА."}[lang]
    return {"en": "Xinhua reported.", "ru": "Об этом сообщило агентство Синьхуа.", "zh": "据新华社报道。", "be": "Пра гэта паведаміла агенцтва Сіньхуа."}[lang]

def body(source, lang, city, d, paras, tail="", R=R):
    text = "\n\n".join(paras)
    return dateline(source, lang, city, d) + text + tail + trailer(source, lang, R)

articles, pairs = [], []
counter = {"belta": 100000, "xinhua": 500000}
def add(source, lang, when, title, text, family):
    counter[source] += 1
    aid = f"{source}-{lang}:{counter[source]}"
    articles.append({"id": aid, "source": source, "lang": lang, "publishedAt": when.isoformat().replace("+00:00", "Z"),
                     "title": title, "body": text, "url": f"https://example.invalid/{source}/{lang}/{counter[source]}", "family": family})
    return aid

def translation_echo(f, osrc, esrc, elang, credited, R):
    """title and body of a translation echo in elang: either variant of the sentences, 0-1 dropped, maybe reordered"""
    ev = R.randint(0, 1)
    _, sents = KINDS[f["kind"]](f, elang, ev)
    drop = set(R.sample(range(1, len(sents)), R.randint(0, 1)))
    t2, p2 = render(f, elang, ev, order=R.random() < 0.5, drop=drop, R=R)
    tail = (("" if elang == "zh" else " ") + credit_line(osrc, elang)) if credited else ""
    return t2, body(esrc, elang, f["city"], f["date"], p2, tail, R=R)

def negative_facts(f, when, mode, R):
    """facts of a hard negative for the story of facts f: mode 0/1 same protagonist, 2 same figures, 3 same day"""
    g = new_facts(f["kind"], (when + datetime.timedelta(days=R.randint(1, 9))).date(), R)
    if mode in (0, 1):
        # same protagonist, different event
        for key in ("host", "borg", "corg", "product", "agency", "city"):
            if key in f:
                g[key] = f[key]
        if f["kind"] == "meeting":
            g["guest"] = CN[R.choice([x for x in CN if CN[x] != f["guest"]])] if f["host"] in BY.values() else BY[R.choice([x for x in BY if BY[x] != f["guest"]])]
        note = "same protagonist, different event"
    elif mode == 2:
        # same figures, another context
        g = new_facts(R.choice([x for x in KINDS if x != f["kind"]]), g["date"], R)
        g["x"] = f["x"] if isinstance(f["x"], int) == isinstance(g["x"], int) else g["x"]
        g["p"], g["n"], g["y"] = f["p"], f["n"], f["y"]
        note = "same figures, different story"
    else:
        # same kind and city, same day, different participants
        g["date"] = f["date"]
        note = "same kind and day, different participants"
    return g, note

def add_negative(oid, osrc, olang, when, g, note, nlang, family, R):
    """a hard negative of facts g in nlang, posted by the other agency up to 200 hours after the story oid"""
    nsrc = "xinhua" if osrc == "belta" else "belta"
    nv = R.randint(0, 1)
    title, paras = render(g, nlang, nv, R=R)
    nwhen = when + datetime.timedelta(hours=R.randint(1, 200))
    nid = add(nsrc, nlang, nwhen, title, body(nsrc, nlang, g["city"], g["date"], paras, R=R), family)
    pairs.append({"a": oid, "b": nid, "label": "none", "note": f"{note}; {olang}->{nlang}"})

start = datetime.datetime(2025, 1, 6, 6, 0, tzinfo=datetime.timezone.utc)
LANGS = ["en", "ru", "zh"]
family_no = 0
origins = []
for tier in ["exact", "verbatim", "rewrite", "translation"]:
    for i in range(48):
        family_no += 1
        kind = ["meeting", "tradestat", "agreement"][i % 3]
        when = start + datetime.timedelta(hours=R.randint(0, 24 * 120), minutes=R.randint(0, 59))
        f = new_facts(kind, when.date())
        osrc = "belta" if i % 2 == 0 else "xinhua"
        esrc = "xinhua" if osrc == "belta" else "belta"
        olang = LANGS[i % 3] if tier != "translation" else LANGS[(i // 2) % 3]
        ov = R.randint(0, 1)
        title, paras = render(f, olang, ov)
        fam = f"f{family_no:03d}"
        oid = add(osrc, olang, when, title, body(osrc, olang, f["city"], f["date"], paras), fam)
        origins.append((oid, f, osrc, olang, when, fam))
        lag = datetime.timedelta(minutes=R.randint(5, 60 * 40))
        credited = R.random() < 0.5
        if tier == "exact":
            eid = add(esrc, olang, when + lag, title if R.random() < 0.5 else title + ("" if olang == "zh" else " "), body(esrc, olang, f["city"], f["date"], paras), fam)
        elif tier == "verbatim":
            _, sents = KINDS[kind](f, olang, ov)
            n = len(sents)
            drop = {R.randint(1, n - 1)}
            t2, p2 = render(f, olang, ov, drop=drop)
            tail = (("" if olang == "zh" else " ") + credit_line(osrc, olang)) if credited else ""
            new_title = KINDS[kind](f, olang, 1 - ov)[0]
            eid = add(esrc, olang, when + lag, new_title, body(esrc, olang, f["city"], f["date"], p2, tail), fam)
        elif tier == "rewrite":
            _, sents = KINDS[kind](f, olang, 1 - ov)
            drop = set(R.sample(range(1, len(sents)), 1))
            t2, p2 = render(f, olang, 1 - ov, order=True, drop=drop)
            tail = (("" if olang == "zh" else " ") + credit_line(osrc, olang)) if credited else ""
            eid = add(esrc, olang, when + lag, t2, body(esrc, olang, f["city"], f["date"], p2, tail), fam)
        else:
            elang = R.choice([l for l in LANGS if l != olang])
            eid = add(esrc, elang, when + lag, *translation_echo(f, osrc, esrc, elang, credited, R), fam)
        a, b = (oid, eid)
        pairs.append({"a": a, "b": b, "label": tier, "note": f"{osrc}->{esrc} {olang}->{articles[-1]['lang']}"})

# hard negatives: a different event of the same kind with the same leader/org/product, or another
# story reusing the same figures; posted by the other agency close in time
for k in range(100):
    oid, f, osrc, olang, when, fam = origins[(k * 7) % len(origins)]
    g, note = negative_facts(f, when, k % 4, R)
    nlang = olang if k % 2 == 0 else R.choice([l for l in LANGS if l != olang])
    add_negative(oid, osrc, olang, when, g, note, nlang, f"n{k:03d}", R)

# Belarusian (BelTA only: Xinhua publishes no Belarusian), drawn from its own generator so that the
# stories and pairs above stay as they were: translation pairs in both directions (a belta-be origin
# with a Xinhua en/ru/zh echo, a Xinhua en/ru/zh origin with a belta-be echo) and hard negatives of a
# belta-be story against a Xinhua story
RB = random.Random(20261128)
be_origins = []
for i in range(24):
    family_no += 1
    kind = ["meeting", "tradestat", "agreement"][i % 3]
    when = start + datetime.timedelta(hours=RB.randint(0, 24 * 120), minutes=RB.randint(0, 59))
    f = new_facts(kind, when.date(), RB)
    be_first = i < 12
    osrc, esrc = ("belta", "xinhua") if be_first else ("xinhua", "belta")
    other = LANGS[(i // 2) % 3]
    olang, elang = ("be", other) if be_first else (other, "be")
    ov = RB.randint(0, 1)
    title, paras = render(f, olang, ov, R=RB)
    fam = f"f{family_no:03d}"
    oid = add(osrc, olang, when, title, body(osrc, olang, f["city"], f["date"], paras, R=RB), fam)
    be_origins.append((oid, f, osrc, olang, when, fam))
    lag = datetime.timedelta(minutes=RB.randint(5, 60 * 40))
    eid = add(esrc, elang, when + lag, *translation_echo(f, osrc, esrc, elang, i % 2 == 0, RB), fam)
    pairs.append({"a": oid, "b": eid, "label": "translation", "note": f"{osrc}->{esrc} {olang}->{elang}"})

for k in range(16):
    # even k: a belta-be origin against a new Xinhua story; odd k: a Xinhua origin against a new belta-be story
    idx = (k // 2) % 12 if k % 2 == 0 else 12 + (k // 2) % 12
    oid, f, osrc, olang, when, fam = be_origins[idx]
    g, note = negative_facts(f, when, (k // 2) % 4, RB)
    nlang = RB.choice(LANGS) if osrc == "belta" else "be"
    add_negative(oid, osrc, olang, when, g, note, nlang, f"nb{k:03d}", RB)

out = sys.argv[1] if len(sys.argv) > 1 else "."
with open(f"{out}/articles.jsonl", "w", encoding="utf-8") as fh:
    for a in sorted(articles, key=lambda a: (a["publishedAt"], a["id"])):
        fh.write(json.dumps(a, ensure_ascii=False) + "\n")
with open(f"{out}/pairs.jsonl", "w", encoding="utf-8") as fh:
    for p in pairs:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(articles), "articles,", len(pairs), "pairs")
