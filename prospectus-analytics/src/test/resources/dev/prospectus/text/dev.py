# Development texts for the article checker: the seed sentences the MiniMax dataset quotes (document
# qbitai-seed, each as a text, checked as that document) and two articles written for the tests.
# Expected verdicts are what a careful reader gets from each text alone under the library's rules
# (docs/claims.md); where that differs from a bundled claim, the note says why.
import json, sys
V = {'C': 'CONSISTENT', 'I': 'INCONSISTENT', 'D': 'UNDECIDABLE', 'V': 'UNVERIFIABLE', 'X': 'UNEXPLAINED',
     'N': 'NOT_A_CLAIM'}
seed = [
 ("累計融資已超15億美元", [("超15億美元", "D", "over 15億 against another outlet's 'over 15億': a bound against an open-ended report straddles")]),
 ("累計花費只用了5億美元", [("5億美元", "C")]),
 ("不到OpenAI的1%", [("1%", "D", "claims.json spend-under-1pct-of-openai-lead: OpenAI's spend is printed elsewhere in the article")]),
 ("MiniMax的服務已經覆蓋了全球200多個國家和地區", [("200多個國家", "D", "a bound against another outlet's 'over 200'")]),
 ("國際化業務收入占比達70%", [("70%", "I", "an exact 70% is [69.5%, 70.5%]; the overseas share is 73.1%")]),
 ("公司人才也有30%擁有海外背景", [("30%", "V", "only the seed reports it")]),
 ("推理速度是Claude 3.5 Sonnet的兩倍", [("3.5", "N"), ("兩倍", "V", "a number in Chinese numerals; only the seed reports it")]),
 ("API價格卻只有8%", [("8%", "V")]),
 ("支持40+種語言", [("40+種語言", "V")]),
 ("生成了累計超過2.2億小時", [("超過2.2億小時", "V", "speech generated; only the seed reports it")]),
 ("約2.5萬年", [("約2.5萬年", "X", "the fragment does not say what it converts")]),
 ("已幫助全球用戶創作超5.9億視頻", [("超5.9億視頻", "V")]),
 ("該平臺日均處理超萬億Token請求", [("萬億", "V", "a number in words (超萬億); only the seed reports it")]),
 ("已累計面向來自超過100個國家及地區的企業客戶和開發者提供服務", [("超過100個國家", "D", "a bound against another outlet's 'over 100'")]),
 ("MiniMax從2023年開始進行商業化,營收已達到346萬美元", [("2023年", "N"), ("346萬美元", "C")]),
 ("2024年直接飆升到3052萬美元", [("2024年", "N"), ("3052萬美元", "X", "the fragment names no metric")]),
 ("2024年直接飆升到3052萬美元,同比暴漲了782.2%", [("2024年", "N"), ("3052萬美元", "X"), ("782.2%", "X", "no metric in the fragment")]),
 ("2025年前9個月,公司的營收額再度大漲175%", [("2025年", "N"), ("前9個月", "N"), ("175%", "C")]),
 ("2025年前9個月,公司的營收額再度大漲175%,達到5344萬美元", [("2025年", "N"), ("前9個月", "N"), ("175%", "C"), ("5344萬美元", "C")]),
 ("截至今年9月30日,公司C端收入同比增長了181%", [("9月30日", "N"), ("181%", "C")]),
 ("B端收入同比增長了160%", [("160%", "D", "no period in the fragment: 160.2% for 9M2025, 222.6% for FY2024")]),
 ("有超70%的收入來自海外", [("超70%", "C")]),
 ("MiniMax的毛利率從2023年的-24.7%,快速轉正到2024年的12.2%,今年前9個月繼續提升至23.3%",
  [("2023年", "N"), ("-24.7%", "C"), ("2024年", "N"), ("12.2%", "C"), ("前9個月", "N"), ("23.3%", "C")],
  [("轉正到", ">", ["gross_margin/total/FY2024", "gross_margin/total/FY2023"], "C"),
   ("提升至", ">", ["gross_margin/total/9M2025", "gross_margin/total/FY2024"], "C")]),
 ("以今年前9個月的數據為例進行拆解,公司C端和B端的毛利率分別為4.7%和69.4%", [("前9個月", "N"), ("4.7%", "C"), ("69.4%", "C")]),
 ("如果不計入星野的影響,公司整體毛利率已近乎50%", [("近乎50%", "V", "the dataset has no Talkie revenue or margin")]),
 ("2022年、2023年、2024年及2025年前九個月分別為415萬美元、4723萬美元、1.4億美元和1.42億美元",
  [("2022年", "N"), ("2023年", "N"), ("2024年", "N"), ("2025年", "N"), ("415萬美元", "X", "the fragment names no metric"),
   ("4723萬美元", "X"), ("1.4億美元", "X"), ("1.42億美元", "X")]),
 ("已從2023年的超過1365%", [("2023年", "N"), ("超過1365%", "X", "no metric in the fragment")]),
 ("優化到今年前9個月的266.5%", [("前9個月", "N"), ("266.5%", "X")]),
 ("2022年、2023年和2024年,公司經調整凈虧損分別為1215萬美元、8907萬美元和2.44億美元",
  [("2022年", "N"), ("2023年", "N"), ("2024年", "N"), ("1215萬美元", "C"), ("8907萬美元", "C"), ("2.44億美元", "C")]),
 ("今年前9個月,MiniMax的經調整凈虧損為1.86億美元", [("前9個月", "N"), ("1.86億美元", "C")]),
 ("營收增速分別高達782%和175%", [("782%", "D", "no period in the fragment"), ("175%", "D")]),
 ("截至2025年9月30日,公司的現金儲備合計為11.02億美元(包括現金及等價物和理財產品)", [("2025年9月30日", "N"), ("11.02億美元", "C")]),
 ("賬上的現金也足夠支持正常運營53個月以上", [("53個月以上", "D", "one basis per cash balance and burn; they differ")]),
 ("累計融資金融超15億美元", [("超15億美元", "D")]),
 ("折合人民幣約106億元", [("約106億元", "X", "the fragment does not print what it converts")]),
 ("全員385人", [("385人", "C")]),
 ("平均年齡29歲", [("29歲", "C")]),
 ("董事平均年齡也只有32歲", [("32歲", "C")]),
 ("385名員工中", [("385名員工", "C")]),
 ("385名員工中,研發人員占比高達73.8%", [("385名員工", "C"), ("73.8%", "C")]),
 ("在CEO之下設立的職級不超過三層", [("三層", "V", "Chinese numeral; only the seed reports it")]),
 ("其超過80%的代碼是由AI完成的", [("超過80%", "V")]),
 ("公司累計融資15億美元", [("15億美元", "C")]),
 ("現金儲備超11億美元", [("超11億美元", "C")]),
 ("從公司成立至今年9月,MiniMax累計花費約5億美元", [("9月", "N"), ("約5億美元", "C")]),
 ("OpenAI花了400億至550億美元達到的布局", [("400億至550億美元", "V", "OpenAI's spend, not MiniMax's")]),
 ("MiniMax僅僅用了不到1%的錢", [("不到1%", "X", "the fragment does not print what the 1% is of")]),
 ("營收已達到346萬美元,2024年直接飆升到3052萬美元,同比暴漲了782.2%",
  [("346萬美元", "D", "no period for it in the fragment: FY2023 only fits"), ("2024年", "N"), ("3052萬美元", "C"), ("782.2%", "C")]),
 ("達到5344萬美元,已經遠遠超越了去年全年的水平", [("5344萬美元", "X", "no metric in the fragment")]),
 ("公司C端收入同比增長了181%", [("181%", "D", "no period in the fragment")]),
 ("截至今年9月30日,公司C端收入同比增長了181%,B端收入同比增長了160%。", [("9月30日", "N"), ("181%", "C"), ("160%", "C")]),
 ("今年前9個月繼續提升至23.3%", [("前9個月", "N"), ("23.3%", "X")]),
 ("公司C端和B端的毛利率分別為4.7%和69.4%", [("4.7%", "D", "no period: FY2024 -8.1%, 9M2025 4.7%"), ("69.4%", "D")]),
 ("營收增速分別高達782%和175%,遠遠高于經調整凈虧損上漲的幅度", [("782%", "D"), ("175%", "D")]),
 ("以公司目前的現金消耗率來看,即便沒有IPO募資,賬上的現金也足夠支持正常運營53個月以上", [("53個月以上", "D")]),
 ("OpenAI花了400億至550億美元達到的布局,而MiniMax僅僅用了不到1%的錢", [("400億至550億美元", "V"), ("不到1%", "D", "約5億美元 is the dataset's; claims.json spend-under-1pct-of-openai")]),
 ("累計花費只用了5億美元,不到OpenAI的1%", [("5億美元", "C"), ("1%", "D", "claims.json spend-under-1pct-of-openai-lead")]),
 ("幫助用戶生成了累計超過2.2億小時(約2.5萬年)的語音", [("超過2.2億小時", "V"), ("約2.5萬年", "C")]),
 ("累計融資金融超15億美元(折合人民幣約106億元)", [("超15億美元", "D"), ("約106億元", "V", "needs a USD/CNY rate the dataset does not hold")]),
]
zh = [("2023年", "N"), ("346万美元", "C"), ("2024年", "N"), ("3052.3万美元", "C"), ("782.2%", "C"), ("2025年", "N"),
      ("5343.7万美元", "C"), ("1945.4万美元", "C"), ("185%", "I", "written wrong on purpose: 5343.7 / 1945.4 - 1 = 174.7%"),
      ("3802万美元", "C"), ("71.1%", "C"), ("1541.7万美元", "C"), ("25.9%", "I", "written wrong on purpose: 28.9%"),
      ("2023年", "N"), ("-24.7%", "C"), ("2024年", "N"), ("15.2%", "I", "written wrong on purpose: 12.2%"), ("2025年", "N"),
      ("23.3%", "C"), ("4.7%", "C"), ("69.4%", "C"), ("2024年", "N"), ("1.89亿美元", "C"), ("619.1%", "C"),
      ("2024年", "N"), ("2.44亿美元", "C"), ("2025年", "N"), ("1.86亿美元", "C"), ("2025年9月30日", "N"),
      ("11.02亿美元", "C"), ("约2070万美元", "C", "1.86亿 / 9 months, the basis the text names"),
      ("约53个月", "C", "11.02亿 / 2070万, and on the adjusted net loss the text names"), ("2022年", "N"),
      ("2025年9月30日", "N"), ("385名员工", "C"), ("73.8%", "C"), ("29岁", "C")]
zh_words = [("增至", ">", ["revenue/total/FY2024", "revenue/total/FY2023"], "C"),
            ("提升至", ">", ["gross_margin/total/9M2025", "gross_margin/total/FY2024"], "C")]
en = [("US$30.52 million", "C"), ("2024", "N"), ("728%", "I", "written wrong on purpose: 782%"), ("US$3.46 million", "C"),
      ("2023", "N"), ("2025", "N"), ("175%", "C"), ("US$53.44 million", "C"), ("71.1%", "C"), ("2025", "N"),
      ("23.3%", "C"), ("12.2%", "C"), ("2024", "N"), ("US$189 million", "C"), ("2024", "N"), ("619%", "C"),
      ("US$186 million", "C"), ("September 30, 2025", "N"), ("US$1.1 billion", "C"),
      ("about 60 months", "I", "written wrong on purpose: 1.1 billion lasts 47 to 53 months on the burns the dataset has"),
      ("73.8%", "C"), ("385 employees", "C"), ("2022", "N"), ("January 9, 2026", "N"), ("02", "N"), ("top 3", "N")]
def numbers(text, spec):
    out = []; pos = 0
    for item in spec:
        printed, v = item[0], V[item[1]]
        at = text.find(printed, pos)
        if at < 0: raise SystemExit("not found: " + printed + " in " + text)
        n = {"at": at, "printed": printed, "verdict": v}
        if len(item) > 2: n["note"] = item[2]
        out.append(n); pos = at + len(printed)
    return out
def words(text, spec):
    return [{"at": text.find(w), "printed": w, "relation": r, "keys": k, "verdict": V[v]} for (w, r, k, v) in spec]
texts = []
for i, entry in enumerate(seed):
    t = entry[0]
    texts.append({"id": "seed-%02d" % (i + 1), "document": "qbitai-seed", "text": t, "numbers": numbers(t, entry[1]),
                  "words": words(t, entry[2]) if len(entry) > 2 else []})
en_words = [("improved to", ">", ["gross_margin/total/9M2025", "gross_margin/total/FY2024"], "C")]
growth = [("US$3.46 million", "C"), ("2023", "N"), ("US$30.52 million", "C"), ("2024", "N"), ("782.2%", "C"),
          ("US$53.44 million", "C"), ("2025", "N"), ("US$19.45 million", "C", "a year earlier: the same nine months of 2024"),
          ("175%", "C"), ("2024", "N"), ("USD244 million", "C", "a currency code glued to its number"), ("12.2%", "C"),
          ("2024", "N"), ("-24.7%", "C"), ("2023", "N")]
growth_words = [("rose to", ">", ["revenue/total/9M2025", "revenue/total/9M2024"], "C"),
                ("rose to", ">", ["gross_margin/total/FY2024", "gross_margin/total/FY2023"], "C")]
for name, spec, ws in [("minimax-zh", zh, zh_words), ("minimax-en", en, en_words),
                       ("minimax-en-growth", growth, growth_words)]:
    t = open('src/test/resources/dev/prospectus/text/articles/%s.txt' % name, encoding='utf-8').read()
    texts.append({"id": name, "file": "articles/%s.txt" % name, "text": None, "numbers": numbers(t, spec), "words": words(t, ws)})
out = {"note": "DEVELOPMENT texts for the article checker (issue 14), generated by dev.py beside this file: the seed "
       "sentences data/minimax quotes (document qbitai-seed), each as a text, and three texts written for the tests "
       "(articles/), with the verdict a careful reader gets under the library's rules from each text alone. The "
       "checker was developed against these.", "datasets": [{"dataset": "minimax", "texts": texts}]}
json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
print()
