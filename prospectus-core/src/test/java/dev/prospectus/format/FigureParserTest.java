package dev.prospectus.format;

import static dev.prospectus.model.Qualifier.ABOUT;
import static dev.prospectus.model.Qualifier.AT_LEAST;
import static dev.prospectus.model.Qualifier.AT_MOST;
import static dev.prospectus.model.Qualifier.EXACT;
import static dev.prospectus.model.Qualifier.NEARLY;
import static dev.prospectus.model.Qualifier.OVER;
import static dev.prospectus.model.Qualifier.UNDER;
import static dev.prospectus.model.Scale.BILLION;
import static dev.prospectus.model.Scale.HUNDRED_MILLION;
import static dev.prospectus.model.Scale.MILLION;
import static dev.prospectus.model.Scale.ONE;
import static dev.prospectus.model.Scale.TEN_THOUSAND;
import static dev.prospectus.model.Scale.THOUSAND;
import static dev.prospectus.model.Scale.TRILLION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.prospectus.model.Amount;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.Qualifier;
import dev.prospectus.model.Scale;
import dev.prospectus.model.Unit;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FigureParserTest {

  private static final Unit HKD = Unit.parse("HKD");
  private static final Unit USD = Unit.parse("USD");

  // text, printed value, printed upper end or null, scale, unit code, qualifier, rounding range at base scale.
  // The rounding range is the printed number ± half a unit of its last printed digit, times the scale.
  static Object[][] data_parse() {
    return new Object[][] {
        // percentages: 782.2 ± 0.05
        {"782.2%", "782.2", null, ONE, "%", EXACT, "782.15", "782.25"},
        {"782%", "782", null, ONE, "%", EXACT, "781.5", "782.5"},
        {"-24.7%", "-24.7", null, ONE, "%", EXACT, "-24.75", "-24.65"},
        {"+12.2%", "12.2", null, ONE, "%", EXACT, "12.15", "12.25"},
        // accountants' negative: -(0.4 ± 0.05)
        {"(0.4%)", "-0.4", null, ONE, "%", EXACT, "-0.45", "-0.35"},
        {"（0.4％）", "-0.4", null, ONE, "%", EXACT, "-0.45", "-0.35"},
        // a trailing zero is a printed digit: 0.50 ± 0.005
        {"0.50%", "0.50", null, ONE, "%", EXACT, "0.495", "0.505"},
        {"７３．８％", "73.8", null, ONE, "%", EXACT, "73.75", "73.85"},
        {"73.8％", "73.8", null, ONE, "%", EXACT, "73.75", "73.85"},
        // English money: 3.46 ± 0.005 million = 3,455,000 .. 3,465,000
        {"US$3.46 million", "3.46", null, MILLION, "USD", EXACT, "3455000", "3465000"},
        {"  US$ 3.46  million ", "3.46", null, MILLION, "USD", EXACT, "3455000", "3465000"},
        {"3.46 million USD", "3.46", null, MILLION, "USD", EXACT, "3455000", "3465000"},
        {"-US$3.46 million", "-3.46", null, MILLION, "USD", EXACT, "-3465000", "-3455000"},
        // 53437 ± 0.5 thousand
        {"$53,437 thousand", "53437", null, THOUSAND, "USD", EXACT, "53436500", "53437500"},
        {"US$30.52M", "30.52", null, MILLION, "USD", EXACT, "30515000", "30525000"},
        {"30.5M", "30.5", null, MILLION, "count", EXACT, "30450000", "30550000"},
        // 1.1 ± 0.05 billion
        {"US$1.1B", "1.1", null, BILLION, "USD", EXACT, "1050000000", "1150000000"},
        {"US$1.1bn", "1.1", null, BILLION, "USD", EXACT, "1050000000", "1150000000"},
        {"1.1 billion", "1.1", null, BILLION, "count", EXACT, "1050000000", "1150000000"},
        {"HK$1.2 billion", "1.2", null, BILLION, "HKD", EXACT, "1150000000", "1250000000"},
        {"RMB 312.41 million", "312.41", null, MILLION, "CNY", EXACT, "312405000", "312415000"},
        {"€30 million", "30", null, MILLION, "EUR", EXACT, "29500000", "30500000"},
        // Chinese money: 346 ± 0.5 萬 = 3,455,000 .. 3,465,000
        {"346萬美元", "346", null, TEN_THOUSAND, "USD", EXACT, "3455000", "3465000"},
        {"346万美元", "346", null, TEN_THOUSAND, "USD", EXACT, "3455000", "3465000"},
        // 3052.3 ± 0.05 萬 = 30,522,500 .. 30,523,500
        {"3,052.3萬美元", "3052.3", null, TEN_THOUSAND, "USD", EXACT, "30522500", "30523500"},
        {"3,052.3万美元", "3052.3", null, TEN_THOUSAND, "USD", EXACT, "30522500", "30523500"},
        // 1.42 ± 0.005 億 = 141,500,000 .. 142,500,000
        {"1.42億美元", "1.42", null, HUNDRED_MILLION, "USD", EXACT, "141500000", "142500000"},
        // 萬億 is 10^12: 4.6 printed to 0.1 is 4.55 to 4.65 trillion
        {"4.6萬億tokens", "4.6", null, TRILLION, "tokens", EXACT, "4550000000000", "4650000000000"},
        {"4.6 trillion tokens", "4.6", null, TRILLION, "tokens", EXACT, "4550000000000", "4650000000000"},
        {"1.42亿美元", "1.42", null, HUNDRED_MILLION, "USD", EXACT, "141500000", "142500000"},
        {"1.42 亿 美元", "1.42", null, HUNDRED_MILLION, "USD", EXACT, "141500000", "142500000"},
        // 11.02 ± 0.005 億 = 1,101,500,000 .. 1,102,500,000
        {"11.02亿美元", "11.02", null, HUNDRED_MILLION, "USD", EXACT, "1101500000", "1102500000"},
        {"11.02億美元", "11.02", null, HUNDRED_MILLION, "USD", EXACT, "1101500000", "1102500000"},
        // 106 ± 0.5 億 = 10,550,000,000 .. 10,650,000,000; 元 alone is CNY by default
        {"106億元", "106", null, HUNDRED_MILLION, "CNY", EXACT, "10550000000", "10650000000"},
        {"106亿元", "106", null, HUNDRED_MILLION, "CNY", EXACT, "10550000000", "10650000000"},
        {"人民幣106億元", "106", null, HUNDRED_MILLION, "CNY", EXACT, "10550000000", "10650000000"},
        {"人民币106亿元", "106", null, HUNDRED_MILLION, "CNY", EXACT, "10550000000", "10650000000"},
        {"1.2億港元", "1.2", null, HUNDRED_MILLION, "HKD", EXACT, "115000000", "125000000"},
        // 3052.3 ± 0.05 百萬 = 3,052,250,000 .. 3,052,350,000
        {"3,052.3百萬元", "3052.3", null, MILLION, "CNY", EXACT, "3052250000", "3052350000"},
        // over: 15 ± 0.5 億
        {"超過15億美元", "15", null, HUNDRED_MILLION, "USD", OVER, "1450000000", "1550000000"},
        {"超过15亿美元", "15", null, HUNDRED_MILLION, "USD", OVER, "1450000000", "1550000000"},
        {"超15億美元", "15", null, HUNDRED_MILLION, "USD", OVER, "1450000000", "1550000000"},
        {"超過15億美元以上", "15", null, HUNDRED_MILLION, "USD", OVER, "1450000000", "1550000000"},
        {"逾1,000人", "1000", null, ONE, "people", OVER, "999.5", "1000.5"},
        {"over US$1.5 billion", "1.5", null, BILLION, "USD", OVER, "1450000000", "1550000000"},
        {"more than 385 people", "385", null, ONE, "people", OVER, "384.5", "385.5"},
        {">50%", "50", null, ONE, "%", OVER, "49.5", "50.5"},
        {"40+種語言", "40", null, ONE, "languages", OVER, "39.5", "40.5"},
        {"100+ countries", "100", null, ONE, "countries", OVER, "99.5", "100.5"},
        // 80 ± 0.5 million
        {">80M devices", "80", null, MILLION, "devices", OVER, "79500000", "80500000"},
        // at least
        {"53個月以上", "53", null, ONE, "months", AT_LEAST, "52.5", "53.5"},
        {"53个月以上", "53", null, ONE, "months", AT_LEAST, "52.5", "53.5"},
        {"至少53個月", "53", null, ONE, "months", AT_LEAST, "52.5", "53.5"},
        {"at least 53 months", "53", null, ONE, "months", AT_LEAST, "52.5", "53.5"},
        // under: 1 ± 0.5
        {"不到1%", "1", null, ONE, "%", UNDER, "0.5", "1.5"},
        {"<1%", "1", null, ONE, "%", UNDER, "0.5", "1.5"},
        {"低於5%", "5", null, ONE, "%", UNDER, "4.5", "5.5"},
        {"低于5%", "5", null, ONE, "%", UNDER, "4.5", "5.5"},
        {"不足10%", "10", null, ONE, "%", UNDER, "9.5", "10.5"},
        {"under 5%", "5", null, ONE, "%", UNDER, "4.5", "5.5"},
        {"less than US$2 million", "2", null, MILLION, "USD", UNDER, "1500000", "2500000"},
        // at most
        {"最多20%", "20", null, ONE, "%", AT_MOST, "19.5", "20.5"},
        {"10%以下", "10", null, ONE, "%", AT_MOST, "9.5", "10.5"},
        // nearly
        {"近乎50%", "50", null, ONE, "%", NEARLY, "49.5", "50.5"},
        {"近50%", "50", null, ONE, "%", NEARLY, "49.5", "50.5"},
        {"nearly 50%", "50", null, ONE, "%", NEARLY, "49.5", "50.5"},
        {"almost 70%", "70", null, ONE, "%", NEARLY, "69.5", "70.5"},
        // about: 5 ± 0.5 億 = 450,000,000 .. 550,000,000
        {"約5億美元", "5", null, HUNDRED_MILLION, "USD", ABOUT, "450000000", "550000000"},
        {"约5亿美元", "5", null, HUNDRED_MILLION, "USD", ABOUT, "450000000", "550000000"},
        {"5億美元左右", "5", null, HUNDRED_MILLION, "USD", ABOUT, "450000000", "550000000"},
        {"about US$500 million", "500", null, MILLION, "USD", ABOUT, "499500000", "500500000"},
        {"approximately 385 employees", "385", null, ONE, "people", ABOUT, "384.5", "385.5"},
        {"~30%", "30", null, ONE, "%", ABOUT, "29.5", "30.5"},
        {"around 2.5 million users", "2.5", null, MILLION, "users", ABOUT, "2450000", "2550000"},
        // ranges: 399.5 億 .. 550.5 億
        {"400億至550億美元", "400", "550", HUNDRED_MILLION, "USD", EXACT, "39950000000", "55050000000"},
        {"400亿至550亿美元", "400", "550", HUNDRED_MILLION, "USD", EXACT, "39950000000", "55050000000"},
        {"400至550億美元", "400", "550", HUNDRED_MILLION, "USD", EXACT, "39950000000", "55050000000"},
        {"400至550亿美元", "400", "550", HUNDRED_MILLION, "USD", EXACT, "39950000000", "55050000000"},
        {"400~550億美元", "400", "550", HUNDRED_MILLION, "USD", EXACT, "39950000000", "55050000000"},
        // 39.5 billion .. 55.5 billion
        {"40-55 billion", "40", "55", BILLION, "count", EXACT, "39500000000", "55500000000"},
        {"US$40–55 billion", "40", "55", BILLION, "USD", EXACT, "39500000000", "55500000000"},
        {"40 to 55 billion", "40", "55", BILLION, "count", EXACT, "39500000000", "55500000000"},
        {"40%至55%", "40", "55", ONE, "%", EXACT, "39.5", "55.5"},
        // -(40 .. 55) = -55 .. -40, rounding -55.5 .. -39.5
        {"(40-55%)", "-55", "-40", ONE, "%", EXACT, "-55.5", "-39.5"},
        // durations: 2.2 ± 0.05 億 hours
        {"2.2億小時", "2.2", null, HUNDRED_MILLION, "hours", EXACT, "215000000", "225000000"},
        {"2.2亿小时", "2.2", null, HUNDRED_MILLION, "hours", EXACT, "215000000", "225000000"},
        // 2.5 ± 0.05 萬 years
        {"2.5萬年", "2.5", null, TEN_THOUSAND, "years", EXACT, "24500", "25500"},
        {"2.5万年", "2.5", null, TEN_THOUSAND, "years", EXACT, "24500", "25500"},
        {"53個月", "53", null, ONE, "months", EXACT, "52.5", "53.5"},
        {"53个月", "53", null, ONE, "months", EXACT, "52.5", "53.5"},
        {"29歲", "29", null, ONE, "years", EXACT, "28.5", "29.5"},
        {"29岁", "29", null, ONE, "years", EXACT, "28.5", "29.5"},
        // counts and multiples
        {"385人", "385", null, ONE, "people", EXACT, "384.5", "385.5"},
        {"385名員工", "385", null, ONE, "people", EXACT, "384.5", "385.5"},
        {"385名员工", "385", null, ONE, "people", EXACT, "384.5", "385.5"},
        {"385", "385", null, ONE, "count", EXACT, "384.5", "385.5"},
        {"1,000,000 users", "1000000", null, ONE, "users", EXACT, "999999.5", "1000000.5"},
        {"1,837x", "1837", null, ONE, "x", EXACT, "1836.5", "1837.5"},
        {"1837倍", "1837", null, ONE, "x", EXACT, "1836.5", "1837.5"},
        // 5.9 ± 0.05 億 videos
        {"5.9億視頻", "5.9", null, HUNDRED_MILLION, "videos", EXACT, "585000000", "595000000"},
        {"5.9亿视频", "5.9", null, HUNDRED_MILLION, "videos", EXACT, "585000000", "595000000"},
        {"4.5 million developers", "4.5", null, MILLION, "developers", EXACT, "4450000", "4550000"},
        {"1,269,480股", "1269480", null, ONE, "shares", EXACT, "1269479.5", "1269480.5"},
        {"約2,500家客戶", "2500", null, ONE, "customers", ABOUT, "2499.5", "2500.5"},
        {"11名投资者", "11", null, ONE, "investors", EXACT, "10.5", "11.5"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_parse")
  void test_parse_printedForms(String text, String value, String valueTo, Scale scale, String unit,
      Qualifier qualifier, String low, String high) {
    PrintedFigure figure = FigureParser.parse(text);
    // Scale is part of the contract: the printed digits are the precision.
    assertThat(figure.amount().value()).isEqualTo(new BigDecimal(value));
    assertThat(figure.amount().valueTo()).isEqualTo(Optional.ofNullable(valueTo).map(BigDecimal::new));
    assertThat(figure.amount().scale()).isEqualTo(scale);
    assertThat(figure.amount().unit().code()).isEqualTo(unit);
    assertThat(figure.qualifier()).isEqualTo(qualifier);
    // every printed digit read as significant; the coarsest reading is checked below
    assertThat(figure.amount().finestRoundingRange().low()).isEqualByComparingTo(low);
    assertThat(figure.amount().finestRoundingRange().high()).isEqualByComparingTo(high);
    assertThat(figure.text()).isEqualTo(text);
  }

  static Object[][] data_parse_coarsestReading() {
    return new Object[][] {
        // zeros before a scale word or ending an integer may be roundings: read to the last non-zero digit
        {"350萬美元", "3450000", "3550000"},
        {"3050萬美元", "30450000", "30550000"},
        {"800%", "750", "850"},
        {"5740万元", "57350000", "57450000"},
        // zeros after a decimal point are significant
        {"1.80億美元", "179500000", "180500000"},
        {"346萬美元", "3455000", "3465000"},
        // a printed range: the largest power of ten dividing both ends, 10
        {"400至550億美元", "39500000000", "55500000000"},
        // zero alone is read to its digit
        {"0%", "-0.5", "0.5"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_parse_coarsestReading")
  void test_parse_coarsestReading(String text, String low, String high) {
    PrintedFigure figure = FigureParser.parse(text);
    assertThat(figure.roundingRange().isSameRange(DecimalRange.ofClosed(low, high))).as(text).isTrue();
  }

  // text, position, problem
  static Object[][] data_parse_malformed() {
    return new Object[][] {
        {"", 0, "expected a number"},
        {"   ", 3, "expected a number"},
        {"revenue", 0, "expected a number but found 'revenue'"},
        {"%", 0, "expected a number but found '%'"},
        {"超過", 2, "expected a number"},
        {"US$", 3, "expected a number"},
        {"約五億美元", 1, "expected a number but found '五億美元'"},
        {"--5%", 1, "expected a number but found '-'"},
        {"(-0.4%)", 1, "expected a number but found '-'"},
        {"40-", 3, "expected a number"},
        {"1.2.3%", 3, "unexpected '.'"},
        {"1.%", 2, "expected a digit after the decimal point"},
        {"30,52萬", 2, "misplaced thousands separator ','"},
        {"1234,567", 4, "misplaced thousands separator ','"},
        {"３０，５２萬", 2, "misplaced thousands separator '，'"},
        {"3052萬美元x", 7, "unexpected 'x'"},
        {"12%%", 3, "unexpected '%'"},
        {"385 widgets", 4, "unknown unit 'widgets'"},
        {"1,837 widgets以上", 6, "unknown unit 'widgets'"},
        {"(0.4%", 5, "expected ')'"},
        {"1千萬美元", 1, "unsupported scale '千萬'"},
        {"1兆", 1, "unsupported scale '兆'"},
        {"US$346萬港元", 7, "unit '港元' contradicts the currency 'US$' before the number"},
        {"US$5%", 4, "unit '%' contradicts the currency 'US$' before the number"},
        {"超過15億美元以下", 7, "qualifier '以下' contradicts '超過'"},
        {"不到40+種語言", 4, "qualifier '+' contradicts '不到'"},
        {"40+至55%", 2, "unexpected '+' in a range"},
        {"40 +", 3, "unexpected '+'"},
        {"550至400億美元", 4, "upper end '400' is below the lower end '550'"},
        {"400億至550萬美元", 8, "scale '萬' differs from '億' at the lower end"},
        {"400億至550美元", 8, "expected scale '億' after the upper end, as after the lower end"},
        {"40%至55", 6, "expected unit '%' after the upper end, as after the lower end"},
        {"US$40–HK$55 billion", 6, "unit 'HK$' differs from 'US$' at the lower end"},
    };
  }

  @ParameterizedTest
  @MethodSource("data_parse_malformed")
  void test_parse_malformed(String text, int position, String problem) {
    assertThatExceptionOfType(FigureParseException.class)
        .isThrownBy(() -> FigureParser.parse(text))
        .withMessage("Unable to parse figure '" + text + "' at position " + position + ": " + problem)
        .satisfies(ex -> {
          assertThat(ex.text()).isEqualTo(text);
          assertThat(ex.position()).isEqualTo(position);
          assertThat(ex.problem()).isEqualTo(problem);
        });
  }

  @Test
  void test_parse_malformedMessageInFull() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FigureParser.parse("3052萬美元x"))
        .withMessage("Unable to parse figure '3052萬美元x' at position 7: unexpected 'x'");
  }

  @Test
  void test_parse_yuanIsTheDefaultCurrency() {
    // 106 ± 0.5 億 in the caller's currency
    PrintedFigure figure = FigureParser.parse("106億元", HKD);
    assertThat(figure.amount()).isEqualTo(Amount.of("106", HUNDRED_MILLION, HKD));
    assertThat(figure.roundingRange().low()).isEqualByComparingTo("10550000000");
    assertThat(figure.roundingRange().high()).isEqualByComparingTo("10650000000");
  }

  @Test
  void test_parse_printedCurrencyWinsOverDefault() {
    assertThat(FigureParser.parse("人民幣106億元", USD).amount())
        .isEqualTo(Amount.of("106", HUNDRED_MILLION, Unit.parse("CNY")));
    assertThat(FigureParser.parse("346萬美元", HKD).amount()).isEqualTo(Amount.of("346", TEN_THOUSAND, USD));
    assertThat(FigureParser.parse("US$3.46 million", HKD).amount()).isEqualTo(Amount.of("3.46", MILLION, USD));
  }

  @Test
  void test_parse_defaultCurrencyMustBeACurrency() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FigureParser.parse("106億元", Unit.PERCENT))
        .withMessage("Argument 'defaultCurrency' must be a currency but has value '%'");
  }

  @Test
  void test_parse_nullArguments() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FigureParser.parse(null))
        .withMessage("Argument 'text' must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FigureParser.parse("106億元", null))
        .withMessage("Argument 'defaultCurrency' must not be null");
  }

  @Test
  void test_parse_printedScaleIsKept() {
    // 0.5 ± 0.05 against 0.50 ± 0.005: the same number, two precisions
    PrintedFigure coarse = FigureParser.parse("0.5%");
    PrintedFigure fine = FigureParser.parse("0.50%");
    assertThat(coarse.amount()).isNotEqualTo(fine.amount());
    assertThat(coarse.roundingRange().width()).isEqualByComparingTo("0.1");
    assertThat(fine.roundingRange().width()).isEqualByComparingTo("0.01");
  }

  @Test
  void test_parse_traditionalAndSimplifiedAgree() {
    assertThat(FigureParser.parse("3,052.3萬美元").amount()).isEqualTo(FigureParser.parse("3,052.3万美元").amount());
    assertThat(FigureParser.parse("超過15億美元").amount()).isEqualTo(FigureParser.parse("超过15亿美元").amount());
    assertThat(FigureParser.parse("2.2億小時").amount()).isEqualTo(FigureParser.parse("2.2亿小时").amount());
  }
}
