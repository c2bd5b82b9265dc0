package dev.prospectus.verify;

import static dev.prospectus.assertj.ProspectusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prospectus.io.ClaimsReader;
import dev.prospectus.io.DatasetReader;
import dev.prospectus.model.Dataset;
import dev.prospectus.model.DecimalRange;
import dev.prospectus.model.ExchangeRate;
import dev.prospectus.model.Figure;
import dev.prospectus.model.FigureKey;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every claim of the bundled claims files, with the verdict the arithmetic gives. The key ones are
 * worked by hand in the comments; all use the reports the verifier picks by its documented rules.
 */
class VerifierBundledClaimsTest {

  private static final Map<String, Map<String, Verdict>> VERDICTS = Stream.of("minimax", "moore-threads", "zhipu")
      .collect(Collectors.toMap(Function.identity(), VerifierBundledClaimsTest::verdicts));

  private static Map<String, Verdict> verdicts(String name) {
    Dataset dataset = DatasetReader.bundled(name);
    return Verifier.verify(dataset, ClaimsReader.bundled(name, dataset)).stream()
        .collect(Collectors.toMap(Verdict::id, Function.identity()));
  }

  static Stream<Arguments> data_claims() {
    return Stream.of(
        // 3052萬 / 346萬 - 1 = 782.08%, range [30515000 / 3465000 - 1, 30525000 / 3455000 - 1] = [780.66%,
        // 783.51%]; "782.2%" = [782.15%, 782.25%] lies inside
        Arguments.of("minimax", "revenue-growth-fy2024", VerdictStatus.CONSISTENT),
        // same growth; "782%" = [781.5%, 782.5%] lies inside
        Arguments.of("minimax", "revenue-growth-fy2024-short", VerdictStatus.CONSISTENT),
        // 5344萬 / 19454 thousand - 1 = 174.70%, range [53435000 / 19454500 - 1, 53445000 / 19453500 - 1] =
        // [174.66%, 174.74%]; "175%" = [174.5%, 175.5%]
        Arguments.of("minimax", "revenue-growth-9m2025", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-growth-9m2025-short", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-9m2025-exceeds-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "consumer-revenue-growth-9m2025", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "enterprise-revenue-growth-9m2025", VerdictStatus.CONSISTENT),
        // (181% x 13529 + 160% x 5925) / 19454 = 174.60%, range [174.10%, 175.11%] meets [174.5%, 175.5%]
        Arguments.of("minimax", "segment-growth-vs-total-9m2025", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "overseas-share-over-70pct", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "gross-margin-rising-9m2025", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "gross-margin-blend-9m2025", VerdictStatus.CONSISTENT),
        // the dataset has no Talkie revenue or gross margin for 9M2025
        Arguments.of("minimax", "gross-margin-ex-talkie", VerdictStatus.UNVERIFIABLE),
        // 1.42億 [1.415億, 1.425億] against 1.4億 [1.35億, 1.45億]: straddles
        Arguments.of("minimax", "training-compute-rising-9m2025", VerdictStatus.UNDECIDABLE),
        // 4723萬 / 346萬 = 1365.03%, range [47225000 / 3465000, 47235000 / 3455000] = [1362.91%, 1367.15%]
        // straddles the bound 1365%
        Arguments.of("minimax", "compute-ratio-fy2023", VerdictStatus.UNDECIDABLE),
        // 1.42億 / 5344萬 = 265.72%, range [141500000 / 53445000, 142500000 / 53435000] = [264.76%, 266.68%];
        // "266.5%" = [266.45%, 266.55%]
        Arguments.of("minimax", "compute-ratio-9m2025", VerdictStatus.CONSISTENT),
        // 2.44億 / 8907萬 - 1 = 173.94% [173.36%, 174.52%], all below [780.66%, 783.51%]
        Arguments.of("minimax", "loss-growth-below-revenue-growth-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "loss-growth-below-revenue-growth-9m2025", VerdictStatus.UNVERIFIABLE),
        Arguments.of("minimax", "adjusted-loss-rate-declining", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "adjusted-loss-rate-declining-9m2025", VerdictStatus.CONSISTENT),
        // 11.02億 / (1.86億 / 9) = 53.32 months, range [1101500000 / 20722222.2, 1102500000 / 20611111.1] =
        // [53.155, 53.491], all >= 53
        Arguments.of("minimax", "runway-over-53-months", VerdictStatus.CONSISTENT),
        // 11.02億 / (2.09億 / 9) = 47.45 months [47.32, 47.59], all < 53
        Arguments.of("minimax", "runway-over-53-months-operating-cash-flow", VerdictStatus.INCONSISTENT),
        // 11.02億 / (5.12億 / 9) = 19.37 months, all < 53
        Arguments.of("minimax", "runway-over-53-months-net-loss", VerdictStatus.INCONSISTENT),
        // 約5億 [4.25億, 5.75億] / [399.5億, 550.5億] = [0.77%, 1.44%] straddles 1%
        Arguments.of("minimax", "spend-under-1pct-of-openai", VerdictStatus.UNDECIDABLE),
        Arguments.of("minimax", "spend-under-1pct-of-openai-lead", VerdictStatus.UNDECIDABLE),
        // 284 / 385 = 73.766% lies in [73.75%, 73.85%]
        Arguments.of("minimax", "rnd-share-of-headcount", VerdictStatus.CONSISTENT),
        // [2.15億, 2.25億] hours / 8766 = [24526.6, 25667.4] years meets 約2.5萬年 = [23250, 26750]
        Arguments.of("minimax", "voice-hours-in-years", VerdictStatus.CONSISTENT),
        // no fx_rate figure in the dataset: none is assumed
        // 超15億美元 at the only rate for 2025-12-21 its own sentence did not imply (office369's, a doubted pair
        // whose ratio is still a rate): at least RMB 9.94B, which meets 約106億元
        Arguments.of("minimax", "funding-in-rmb", VerdictStatus.CONSISTENT),
        // the operating cash outflow of 9M2025, a month, in RMB at 163.com's rate: RMB 164M to 167M
        Arguments.of("minimax", "monthly-burn-nearly-20-yi-iyotun", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "monthly-burn-1-96-yi-itiger", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "cumulative-revenue-45-months-itiger", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "cumulative-net-loss-2022-2024-qunfachuanzhen", VerdictStatus.CONSISTENT),
        // the only rate for 2022 to 9M2025 is the one its own sentence implies
        Arguments.of("minimax", "cumulative-net-loss-in-rmb-1201289326030360576", VerdictStatus.UNVERIFIABLE),
        Arguments.of("minimax", "consumer-revenue-share-fy2023", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "consumer-revenue-share-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "consumer-revenue-share-9m2024", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "consumer-revenue-share-9m2025", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "enterprise-revenue-share-fy2023", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "enterprise-revenue-share-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "enterprise-revenue-share-9m2024", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "enterprise-revenue-share-9m2025", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "segments-sum-to-revenue-fy2023", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "segments-sum-to-revenue-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "segments-sum-to-revenue-9m2024", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "segments-sum-to-revenue-9m2025", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "consumer-revenue-growth-9m2025-vpshk", VerdictStatus.CONSISTENT),
        // 14147 / 53437 = 26.474% [26.473%, 26.476%]; "26.4%" = [26.35%, 26.45%]
        Arguments.of("minimax", "hailuo-subscription-share-9m2025", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "hailuo-in-app-share-9m2025", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "talkie-in-app-share-9m2025", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "minimax-app-subscription-share-9m2025", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "minimax-app-in-app-share-9m2025", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "minimax-audio-subscription-share-9m2025", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "minimax-audio-in-app-share-9m2025", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "hailuo-revenue-share-fy2024", VerdictStatus.CONSISTENT),
        // (14147 + 3317) / 53437 = 32.68%; "32.6%" = [32.55%, 32.65%]
        Arguments.of("minimax", "hailuo-revenue-share-9m2025", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "talkie-revenue-share-fy2024", VerdictStatus.UNVERIFIABLE),
        Arguments.of("minimax", "talkie-revenue-share-9m2025", VerdictStatus.UNVERIFIABLE),
        // "$0.17 billion" / 310,000 = US$548, far above about US$56
        Arguments.of("minimax", "hailuo-revenue-per-paying-user-9m2025", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "hailuo-revenue-per-paying-user-9m2025-segment-rows", VerdictStatus.CONSISTENT),
        // the source's own US$10.56M / US$2.46M = 429.3%, not 2023%
        Arguments.of("minimax", "rnd-to-revenue-fy2023", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "rnd-to-revenue-fy2023-top168-years", VerdictStatus.CONSISTENT),
        // the dataset doubts ttm's US$70.00M for FY2024 (its years are shifted), so top168's 1.89億 is
        // used: 189 / 30.523 = 619.2% [617.55%, 620.86%] meets the printed 619.1%
        Arguments.of("minimax", "rnd-to-revenue-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "rnd-to-revenue-fy2024-top168-years", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "rnd-to-revenue-9m2025", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "rnd-to-revenue-9m2025-rounded", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "rnd-growth-9m2025", VerdictStatus.UNVERIFIABLE),
        Arguments.of("minimax", "adjusted-loss-margin-fy2023", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "adjusted-loss-margin-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "adjusted-loss-margin-9m2025", VerdictStatus.CONSISTENT),
        // 39.32 / 53.437 = 73.58%, not 10.48%
        Arguments.of("minimax", "selling-marketing-to-revenue-9m2025", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "loss-before-tax-growth-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "cumulative-net-loss-top168", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "cumulative-net-loss-yicai", VerdictStatus.CONSISTENT),
        // 73.73 + 269.25 + 465.24 + 512.01 = US$1320.23M against 12.5億 = [1245M, 1255M]
        Arguments.of("minimax", "cumulative-net-loss-jiemian", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "cumulative-net-loss-1204959859150295040", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "adjusted-loss-change-9m2025-narrowed", VerdictStatus.UNVERIFIABLE),
        Arguments.of("minimax", "adjusted-loss-change-9m2025-up", VerdictStatus.UNVERIFIABLE),
        Arguments.of("minimax", "rnd-share-of-headcount-longportapp", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "ipo-base-offer-split", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-growth-fy2024-vpshk", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-growth-fy2024-jiemian", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-growth-fy2024-longportapp", VerdictStatus.CONSISTENT),
        // the page's own 3050萬 / 350萬 - 1 = 771.4%; both are rounded to 10萬 (the dataset says so), so the range is
        // [3045萬 / 355萬 - 1, 3055萬 / 345萬 - 1] = [757.74%, 785.51%], which holds its 782%
        Arguments.of("minimax", "revenue-growth-fy2024-iyotun", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-growth-fy2024-754955161322916", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-growth-fy2024-yicai", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-growth-fy2024-1204959859150295040", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-growth-fy2024-1201289326030360576", VerdictStatus.CONSISTENT),
        // beancount's typo 246萬 carried through: 30523 / 2460 - 1 = 1140.77% holds 1,141%
        Arguments.of("minimax", "revenue-growth-fy2024-beancount", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-growth-9m2025-vpshk", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-growth-9m2025-longportapp", VerdictStatus.CONSISTENT),
        // 5340萬 (rounded to 10萬) over 19454 thousand: [174.22%, 174.76%] meets 174.7%
        Arguments.of("minimax", "revenue-growth-9m2025-iyotun", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-growth-9m2025-163-khhrn7hq", VerdictStatus.CONSISTENT),
        // 53437 / 19454 - 1 = 174.68% [174.67%, 174.70%], below 174.8% [174.75%, 174.85%]
        Arguments.of("minimax", "revenue-growth-9m2025-compilation-174-8", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "revenue-growth-9m2025-top168", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-growth-9m2025-ttm-1162773889", VerdictStatus.CONSISTENT),
        // 174.68% truncated to 174%, which reads as [173.5%, 174.5%]
        Arguments.of("minimax", "revenue-growth-9m2025-doshare", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "revenue-growth-9m2025-over-170-ttm-1162773889", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-growth-9m2025-over-170-digipub", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-growth-9m2025-over-170-gelonghui", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "revenue-growth-9m2025-nearly-175-aiexpress", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "enterprise-revenue-share-fy2023-top168", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "enterprise-revenue-share-fy2024-top168", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "consumer-revenue-share-fy2024-top168", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "consumer-revenue-share-fy2023-vpshk", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "consumer-revenue-share-fy2024-vpshk", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "consumer-revenue-share-9m2025-vpshk", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "enterprise-revenue-share-fy2023-vpshk", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "enterprise-revenue-share-fy2024-vpshk", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "enterprise-revenue-share-9m2025-vpshk", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "hailuo-revenue-share-9m2025-office369", VerdictStatus.CONSISTENT),
        // as hailuo-revenue-share-9m2025: the doubted subscription row 14,147 gives 32.68%
        Arguments.of("minimax", "hailuo-revenue-share-9m2025-gelonghui", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "talkie-revenue-share-9m2025-gelonghui", VerdictStatus.UNVERIFIABLE),
        Arguments.of("minimax", "talkie-revenue-share-fy2024-office369", VerdictStatus.UNVERIFIABLE),
        Arguments.of("minimax", "talkie-revenue-share-over-70pct", VerdictStatus.UNVERIFIABLE),
        Arguments.of("minimax", "cost-of-sales-ratio-fy2023", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "cost-of-sales-ratio-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "cost-of-sales-ratio-9m2025", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "gross-margin-blend-fy2024-doshare", VerdictStatus.CONSISTENT),
        // (23.3% x 53437 - 4.7% x 38020) / 15417 = 69.17% [68.86%, 69.48%]: never 70% or more
        Arguments.of("minimax", "enterprise-gross-margin-9m2025-aiexpress", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "enterprise-gross-margin-9m2025-doshare", VerdictStatus.CONSISTENT),
        // ttm's own (doubted) 189M labelled 9M2025 / 53.44M = 353.7%; its 337% follows from the 180M of 9M2025
        Arguments.of("minimax", "rnd-to-revenue-9m2025-ttm-1139716237", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "rnd-multiple-of-revenue-fy2024-doshare", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "rnd-multiple-of-revenue-9m2025-doshare", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "cumulative-net-loss-759592742381560", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "cumulative-net-loss-1201289326030360576", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "net-loss-since-2023-over-12-billion", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "runway-53-months-idea2003", VerdictStatus.CONSISTENT),
        // 1102M / (186M / 9) = 53.2 months; with the operating cash outflow 47.45. "50" read to the 10 is [45, 55],
        // which holds both; read to the month it is [49.5, 50.5], which holds neither: the zero decides
        Arguments.of("minimax", "runway-50-months", VerdictStatus.UNDECIDABLE),
        Arguments.of("minimax", "runway-50-months-operating-cash-flow", VerdictStatus.UNDECIDABLE),
        Arguments.of("minimax", "runway-3-58-years-doshare", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "runway-about-4-years", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "runway-about-4-years-operating-cash-flow", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "runway-under-4-months-office369", VerdictStatus.UNDECIDABLE),
        // 209M / 9 = 23.2M a month, a tenth of 2.8億
        Arguments.of("minimax", "monthly-burn-280m-office369", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "monthly-burn-280m-yicai", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "hailuo-revenue-per-paying-user-9m2025-gelonghui",
            VerdictStatus.CONSISTENT),
        // 38.02M / 1.7716M = US$21.5; the page does not define its US$15
        Arguments.of("minimax", "arppu-9m2025", VerdictStatus.INCONSISTENT),
        // no source prints the receivables at 31 Dec 2024
        Arguments.of("minimax", "collection-period-9m2025-doshare", VerdictStatus.UNVERIFIABLE),
        Arguments.of("zhipu", "gross-margin-fy2022", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "gross-margin-fy2023", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "gross-margin-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "gross-margin-6m2025", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "gross-profit-plus-cost-is-revenue-fy2022", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "gross-profit-plus-cost-is-revenue-fy2023", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "gross-profit-plus-cost-is-revenue-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "gross-profit-plus-cost-is-revenue-6m2025", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "revenue-growth-fy2024", VerdictStatus.CONSISTENT),
        // the source's own 1.9億 / 4490萬 - 1 = 323.2%, range [1.85 / 0.4495 - 1, 1.95 / 0.4485 - 1] = [311.6%,
        // 334.8%] holds 325.39%
        Arguments.of("zhipu", "revenue-growth-6m2025", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "revenue-cagr-fy2022-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "net-loss-growth-6m2025", VerdictStatus.CONSISTENT),
        // 1.44 + 7.88 + 29.58 + 23.58 = 62.48億 [62.46億, 62.50億], all above the bound 62億
        Arguments.of("zhipu", "cumulative-net-loss", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "cumulative-rnd", VerdictStatus.CONSISTENT),
        // 21.954億 / 312414 thousand = 702.72% [702.70%, 702.74%] holds 702.7%
        Arguments.of("zhipu", "rnd-to-revenue-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "rnd-to-revenue-6m2025", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "compute-share-of-rnd-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "compute-share-of-rnd-6m2025", VerdictStatus.CONSISTENT),
        // 13.27億 / 6 = 2.21億 a month against 3.273億
        Arguments.of("zhipu", "monthly-burn-6m2025", VerdictStatus.INCONSISTENT),
        Arguments.of("zhipu", "top5-customer-share-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "localized-revenue-share-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "gross-margin-blend-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "localized-revenue-share-6m2025", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "gross-margin-blend-6m2025", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "rnd-share-of-headcount", VerdictStatus.UNVERIFIABLE),
        Arguments.of("zhipu", "ipo-gross-proceeds", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "ipo-offer-split", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "cornerstone-share-of-offer", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "first-day-return", VerdictStatus.CONSISTENT),
        // 125.7 / 116.20 - 1 = 8.18% [8.13%, 8.22%], not 8.06%
        Arguments.of("zhipu", "first-day-return-125", VerdictStatus.INCONSISTENT),
        // (31240萬 / 5740萬)^(1/2) - 1 = 133.29%: "130%" read to 10% [125%, 135%] holds it, read to 1% [129.5%,
        // 130.5%] does not: undecidable, and the reason says which reading gives which
        Arguments.of("zhipu", "revenue-cagr-130pct-guosisoft", VerdictStatus.UNDECIDABLE),
        Arguments.of("zhipu", "revenue-cagr-130pct-cnyes", VerdictStatus.UNDECIDABLE),
        Arguments.of("zhipu", "revenue-growth-6m2025-325pct-eastmoney", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "cloud-revenue-share-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "cloud-revenue-share-6m2025", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "cumulative-net-loss-guosisoft", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "cumulative-net-loss-163", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "cumulative-rnd-over-44-cnyes", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "cumulative-rnd-about-44-eastmoney", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "rnd-multiple-of-revenue-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "rnd-multiple-of-revenue-6m2025", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "rnd-multiple-of-revenue-fy2024-v2ex", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "rnd-multiple-of-revenue-6m2025-v2ex", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "rnd-multiple-of-revenue-fy2024-cnyes", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "runway-9-months-itbear", VerdictStatus.CONSISTENT),
        // 25.51億 / (13.27億 / 6) = 11.53 months = 0.96 years, short of 一年以上
        Arguments.of("zhipu", "runway-over-a-year-v2ex", VerdictStatus.INCONSISTENT),
        Arguments.of("zhipu", "runway-under-a-year-1201289326030360576", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "collection-period-fy2024", VerdictStatus.CONSISTENT),
        // ((100170 - 9035) + (171657 - 25880)) / 2 / 190877 x 181 = 112.3 days
        Arguments.of("zhipu", "collection-period-6m2025", VerdictStatus.CONSISTENT),
        // Offering claims on each share base. Shares after the base offer: 25,389,220 / 8.3% = 305.9M [304.06M,
        // 307.75M]; after the 15% adjustment, plus 29.2M - 25,389,220 [3.76M, 3.86M]. x HK$345 [344.5, 345.5]:
        // [HK$104.74B, HK$106.33B] holds 105.4B only; [HK$106.04B, HK$107.67B] holds 106.6B and 106.7B only
        Arguments.of("minimax", "first-day-market-cap-105-4-base-offer", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "first-day-market-cap-105-4-upsized", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "first-day-market-cap-106-6-base-offer", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "first-day-market-cap-106-6-upsized", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "first-day-market-cap-106-7-base-offer", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "first-day-market-cap-106-7-upsized", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "first-day-open-market-cap-upsized", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "first-day-open-market-cap-base-offer", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "first-day-return-109", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "first-day-return-109-09", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "first-day-open-return", VerdictStatus.CONSISTENT),
        // Cornerstone shares HK$2.723B / HK$165 = 16.50M: 56.52% of 29.2M (56.5% fits), 65.00% of the base
        // offer ("~70%" undecidable under its two readings), and at any price in HK$151.0-165.0 [64.94%, 71.09%]
        // (68% and ~70% fit)
        Arguments.of("minimax", "cornerstone-share-56-5-upsized", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "cornerstone-share-56-5-base-offer", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "cornerstone-share-56-5-base-offer-at-range", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "cornerstone-share-70-upsized", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "cornerstone-share-70-base-offer", VerdictStatus.UNDECIDABLE),
        Arguments.of("minimax", "cornerstone-share-70-base-offer-at-range", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "cornerstone-share-68-upsized", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "cornerstone-share-68-base-offer", VerdictStatus.INCONSISTENT),
        Arguments.of("minimax", "cornerstone-share-68-base-offer-at-range", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "gross-proceeds-upsized-4-8", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "gross-proceeds-upsized-4-82", VerdictStatus.CONSISTENT),
        Arguments.of("minimax", "gross-proceeds-base-top", VerdictStatus.UNDECIDABLE),
        Arguments.of("minimax", "gross-proceeds-with-greenshoe", VerdictStatus.CONSISTENT),
        // HK$ to US$ only through a sourced rate, and MiniMax's dataset has none between HKD and USD
        Arguments.of("minimax", "gross-proceeds-base-low-usd", VerdictStatus.UNVERIFIABLE),
        Arguments.of("zhipu", "ipo-market-cap", VerdictStatus.CONSISTENT),
        Arguments.of("zhipu", "ipo-market-cap-with-greenshoe", VerdictStatus.CONSISTENT),
        // HK$116.20 x (37,419,500 + 5,612,900) = HK$5.0004B, not 5.1B [5.05B, 5.15B]
        Arguments.of("zhipu", "ipo-max-gross-proceeds", VerdictStatus.INCONSISTENT),
        Arguments.of("zhipu", "first-day-market-cap", VerdictStatus.CONSISTENT),
        // 114.28 x 47,002.8217萬 / 4.38億 = 122.64x [122.49x, 122.79x] holds 122.51; on the shares before the
        // issue (47,002.8217萬 less 7,000萬, printed to the 1,000萬) 104.37x [102.94x, 105.81x] holds 104.26
        Arguments.of("moore-threads", "ps-at-offer-122-51-post-issue", VerdictStatus.CONSISTENT),
        Arguments.of("moore-threads", "ps-at-offer-122-51-pre-issue", VerdictStatus.INCONSISTENT),
        Arguments.of("moore-threads", "ps-at-offer-104-26-pre-issue", VerdictStatus.CONSISTENT),
        Arguments.of("moore-threads", "ps-at-offer-104-26-post-issue", VerdictStatus.INCONSISTENT),
        Arguments.of("moore-threads", "market-cap-at-offer", VerdictStatus.CONSISTENT),
        Arguments.of("moore-threads", "first-day-market-cap", VerdictStatus.CONSISTENT),
        Arguments.of("moore-threads", "first-day-return", VerdictStatus.CONSISTENT),
        Arguments.of("moore-threads", "gross-proceeds", VerdictStatus.CONSISTENT),
        Arguments.of("moore-threads", "free-float-share", VerdictStatus.CONSISTENT),
        Arguments.of("moore-threads", "strategic-placement-share", VerdictStatus.CONSISTENT),
        Arguments.of("moore-threads", "controller-stake", VerdictStatus.CONSISTENT),
        Arguments.of("moore-threads", "revenue-cagr-fy2022-fy2024", VerdictStatus.CONSISTENT),
        Arguments.of("moore-threads", "revenue-cagr-fy2022-fy2024-page-figures", VerdictStatus.CONSISTENT),
        Arguments.of("moore-threads", "guidance-growth-low", VerdictStatus.CONSISTENT),
        Arguments.of("moore-threads", "guidance-growth-high", VerdictStatus.CONSISTENT),
        // the dataset's guidance range over FY2024 revenue: [177.65%, 242.52%] meets the printed range
        Arguments.of("moore-threads", "guidance-growth", VerdictStatus.CONSISTENT)
    );
  }

  @ParameterizedTest
  @MethodSource("data_claims")
  void test_verify_bundledClaim(String dataset, String id, VerdictStatus expected) {
    assertThat(VERDICTS.get(dataset)).containsKey(id);
    assertThat(VERDICTS.get(dataset).get(id)).hasStatus(expected);
  }

  @Test
  void test_verify_guidanceGrowthSaysItMixesGuidanceWithActuals() {
    Verdict v = VERDICTS.get("moore-threads").get("guidance-growth");
    assertThat(v.reason()).endsWith("this verdict mixes guidance (revenue_guidance FY2025, revenue_growth_guidance"
        + " FY2025) with reported actuals (revenue FY2024): guidance is not a result");
    assertThat(v.computed().orElseThrow().notes()).contains("this calculation mixes guidance (revenue_guidance"
        + " FY2025) with reported actuals (revenue FY2024): guidance is not a result");
  }

  @Test
  void test_verify_everyBundledClaimIsListed() {
    // The table above covers every claim; source agreement verdicts are checked below.
    long listed = data_claims().count();
    long claims = VERDICTS.values().stream().flatMap(m -> m.keySet().stream())
        .filter(id -> !id.startsWith("conflict:")).count();
    assertThat(listed).isEqualTo(claims);
  }

  @Test
  void test_verify_bundledSourceConflicts() {
    // Reports that cannot both be true, e.g. FY2024 revenue 3052萬 [30.515M, 30.525M] against
    // about 30.38 million [30.365M, 30.395M]; FY2023 346萬 [3.455M, 3.465M] against 2.46 million.
    assertThat(inconsistentConflicts("minimax")).containsExactly(
        "revenue/total/FY2023", "revenue/total/FY2024",
        "revenue/total/9M2025", "gross_margin/enterprise/9M2025",
        "cash_runway/total/2025-09-30", "revenue/enterprise/9M2025", "revenue_share/talkie/9M2025",
        "rnd_expense/total/FY2023", "rnd_expense/total/FY2024", "rnd_expense/total/9M2025",
        "selling_marketing_expense/total/FY2024", "rnd_headcount/total/2025-09-30",
        "cumulative_net_loss/total/2022-01-01..2025-09-30", "adjusted_net_loss_growth/total/9M2025",
        "cash_and_equivalents/total/2025-09-30", "monthly_cash_burn/total/FY2025",
        "cornerstone_share_of_offer/total/2026-01-09", "hk_public_offer_subscription/total/2026-01-09",
        "first_day_market_cap/total/2026-01-09");
    // Cash runway at 30 Jun 2025: "一年以上" (at least a year) against "less than a year": one-sided, they share no
    // value.
    assertThat(inconsistentConflicts("zhipu")).containsExactly(
        "net_loss/total/FY2024", "rnd_expense/total/6M2025", "developers/total/2025-12-19",
        "first_day_close_price/total/2026-01-08", "first_day_return/total/2026-01-08", "cash_runway/total/2025-06-30");
    // Moore Threads: ithome's 归母 -189,415.47萬 and the compilation's -18.94億 for FY2022, and the rest, agree.
    assertThat(inconsistentConflicts("moore-threads")).isEmpty();
    assertThat(VERDICTS.get("moore-threads").keySet().stream().filter(id -> id.startsWith("conflict:"))).hasSize(5);
    assertThat(VERDICTS.get("minimax").keySet().stream().filter(id -> id.startsWith("conflict:"))).hasSize(72);
    assertThat(VERDICTS.get("zhipu").keySet().stream().filter(id -> id.startsWith("conflict:"))).hasSize(17);
  }

  @Test
  void test_precision_falseConflictsGoneRealOnesStay() {
    Dataset mm = DatasetReader.bundled("minimax");
    Dataset zp = DatasetReader.bundled("zhipu");
    // Gone: a zero before a scale word may be a rounding, and these pages round to 10萬 (the dataset says so).
    assertThat(report(mm, "revenue/total/FY2023", "iyotun-3550404", "350").range())
        .isEqualTo(DecimalRange.ofClosed("3450000", "3550000"));
    assertThat(pairs(mm, "revenue/total/FY2023")).doesNotContain("346萬 USD (qbitai-seed) vs 350萬 USD (iyotun-3550404)");
    assertThat(report(mm, "revenue/total/FY2024", "iyotun-3550404", "3050").range())
        .isEqualTo(DecimalRange.ofClosed("30450000", "30550000"));
    assertThat(pairs(mm, "revenue/total/FY2024"))
        .doesNotContain("30523 thousand USD (datumintell-05-financials) vs 3050萬 USD (iyotun-3550404)");
    assertThat(report(zp, "revenue/total/FY2022", "guosisoft-754173537062981", "5740").range())
        .isEqualTo(DecimalRange.ofClosed("57350000", "57450000"));
    assertThat(pairs(zp, "revenue/total/FY2022")).isEmpty();
    assertThat(report(mm, "adjusted_net_loss/total/FY2023", "reportify-cn-1200626408838270976", "8910").range())
        .isEqualTo(DecimalRange.ofClosed("89050000", "89150000"));
    assertThat(pairs(mm, "adjusted_net_loss/total/FY2023")).isEmpty();
    // Stay: the 2.46M typo; 36Kr's about 30.38 million, whose four digits cap 'about' at 0.01 million;
    // about 13.20億 (capped at 0.01億) against 12.5億, which leaves out FY2022.
    assertThat(report(mm, "revenue/total/FY2023", "ttm-1139716237", "2.46").range())
        .isEqualTo(DecimalRange.ofClosed("2455000", "2465000"));
    assertThat(pairs(mm, "revenue/total/FY2023"))
        .contains("346萬 USD (qbitai-seed) vs 2.46 million USD (ttm-1139716237)");
    assertThat(report(mm, "revenue/total/FY2024", "reportify-ai-1201132203237576704", "30.38").range())
        .isEqualTo(DecimalRange.ofClosed("30365000", "30395000"));
    assertThat(pairs(mm, "revenue/total/FY2024"))
        .contains("30523 thousand USD (datumintell-05-financials) vs 30.38 million USD"
            + " (reportify-ai-1201132203237576704)");
    assertThat(report(mm, "cumulative_net_loss/total/2022-01-01..2025-09-30", "top168-642546", "13.20").range())
        .isEqualTo(DecimalRange.ofClosed("1318500000", "1321500000"));
    assertThat(pairs(mm, "cumulative_net_loss/total/2022-01-01..2025-09-30"))
        .contains("13.20億 USD (top168-642546) vs 12.5億 USD (jiemian-13830165)");
  }

  private static Figure report(Dataset ds, String key, String document, String value) {
    return ds.lookup(FigureKey.parse(key, ds.fiscalYearEnd())).fromDocument(document).reports().stream()
        .filter(f -> f.amount().value().toPlainString().equals(value)).findFirst().orElseThrow();
  }

  private static List<String> pairs(Dataset ds, String key) {
    return ds.lookup(FigureKey.parse(key, ds.fiscalYearEnd())).conflicts().stream()
        .map(c -> c.first().amount() + " (" + c.first().source().document().id() + ") vs " + c.second().amount()
            + " (" + c.second().source().document().id() + ")").toList();
  }

  private static List<String> inconsistentConflicts(String name) {
    Dataset dataset = DatasetReader.bundled(name);
    return Verifier.verify(dataset, ClaimsReader.bundled(name, dataset)).stream()
        .filter(v -> v.id().startsWith("conflict:") && v.status() == VerdictStatus.INCONSISTENT)
        .map(v -> v.id().substring("conflict:".length())).toList();
  }

  @Test
  void test_verify_seedRevenueGrowthInDetail() {
    Verdict v = VERDICTS.get("minimax").get("revenue-growth-fy2024");
    assertThat(v.computed().orElseThrow()).hasValue("782.08").hasRange("780.66", "783.51").isConsistentWith("782.2%");
    assertThat(v.inputs()).extracting(f -> f.figure().source().document().id() + " " + f.figure().amount())
        .containsExactly("qbitai-seed 3052萬 USD", "qbitai-seed 346萬 USD");
    assertThat(v.inputs()).extracting(InputFigure::choice)
        .containsExactly(ReportChoice.CLAIM_SOURCE, ReportChoice.CLAIM_SOURCE);
  }

  @Test
  void test_exchangeRates_judgeOnlyPairsTheyDidNotComeFrom() {
    Dataset mm = DatasetReader.bundled("minimax");
    // 32.7億 about (rounded to 0.1億, widened by one unit: [32.55億, 32.85億]) over 4.65億 ([4.645億, 4.655億])
    ExchangeRate iyotun = mm.exchangeRate("usd-cny-iyotun-net-loss-fy2024").orElseThrow();
    assertThat(iyotun.isImplied()).isTrue();
    assertThat(iyotun.range().roundedOutward(4)).isEqualTo(DecimalRange.ofClosed("6.9924", "7.0722"));
    // the seed's own pair: its USD side is 'over', so the rate is bounded above only by 107.5億 / 15億
    ExchangeRate seed = mm.exchangeRate("usd-cny-qbitai-seed-funding").orElseThrow();
    assertThat(seed.range().roundedOutward(4)).isEqualTo(DecimalRange.ofClosed("0.0000", "7.1667"));
    // funding-in-rmb is judged at another rate, which the reason names with its doubt
    Verdict funding = VERDICTS.get("minimax").get("funding-in-rmb");
    assertThat(funding.reason()).contains("converted at exchange rate usd-cny-office369-monthly-burn")
        .doesNotContain("usd-cny-qbitai-seed-funding").contains("(office369-1861241) are doubted: About ten times");
    // the only rate that applies is the sentence's own: no verdict, and the reason says so
    Verdict rmb = VERDICTS.get("minimax").get("cumulative-net-loss-in-rmb-1201289326030360576");
    assertThat(rmb).isMissing("exchange rate USD to CNY for FY2022, FY2023, FY2024, 9M2025");
    assertThat(rmb.reason()).endsWith("the only exchange rates between USD and CNY that apply to FY2022, FY2023,"
        + " FY2024, 9M2025 (usd-cny-reportify-cumulative-net-loss) are implied by the claim's own words, and a rate"
        + " never judges the pair it came from");
    // Hailuo's $0.17 billion and its (1.2 billion RMB) come from one page: their own rate cannot judge them, the
    // others can, and the two agree at them (the page prints the same units slip on both sides)
    Verdict hailuo = VERDICTS.get("minimax").get("conflict:revenue/hailuo/9M2025");
    assertThat(hailuo).hasStatus(VerdictStatus.CONSISTENT);
    assertThat(mm.agreement(FigureKey.parse("revenue/hailuo/9M2025", mm.fiscalYearEnd())).compared()).isEqualTo(1);
  }

  @Test
  void test_agreement_comparedNothingIsNotConsistent() {
    // HK$ and US$ proceeds with no rate between them: nothing compared, so no verdict of agreement
    Verdict proceeds = VERDICTS.get("minimax").get("conflict:cornerstone_investment/total/2026-01-09");
    assertThat(proceeds).hasStatus(VerdictStatus.UNVERIFIABLE);
    assertThat(proceeds.reason()).startsWith("no two of the 2 reports could be compared: ")
        .endsWith("(1 pair of a report in HKD and one in USD: no exchange rate between them applies to 2026-01-09"
            + " that neither report implied)");
  }
}
