using System.Text;
using JjjMatch.Contracts.Achievements;
using JjjMatch.Contracts.Demands;
using JjjMatch.Contracts.Shared;
using JjjMatch.Contracts.Taxonomy;
using JjjMatch.Host.DemoData;

namespace JjjMatch.Bench.Speed.Generation;

/// <summary>
/// Believable Chinese listings from <see cref="ChineseVocabulary"/>: each listing has a topic (industry, a few core
/// terms it repeats), sentences in the register of real listings, and a text length drawn from the lognormal that
/// fits the real market (achievements median 283 characters, mean 366; demands median 108, mean 136). Words are
/// drawn Zipf-like and about a fifth of the core terms are compounds (高强度镁合金, 铈掺杂氧化锆, 冀麦518号), so
/// the vocabulary keeps growing with the market as a real one does. Listing i depends only on the seed and i.
/// </summary>
public sealed class ListingGenerator(int seed, DateTimeOffset now) : IListingSource
{
    private const int MaxSummary = 5000;
    private const int MaxDemandText = 500;

    private static readonly Dictionary<string, TechField> FieldByParent = ChineseVocabulary.Fields.ToDictionary(f =>
        f.Parent
    );
    private static readonly Dictionary<string, string[]> IndustryCodes = Industries
        .All.Where(i => i.Code != Industries.Other)
        .GroupBy(i => i.Parent)
        .ToDictionary(g => g.Key, g => g.Select(i => i.Code).ToArray());

    public int Seed => seed;

    public string Description => $"generated (seed {seed})";

    public GeneratedAchievement Achievement(int index)
    {
        var random = RandomFor(1, index);
        var topic = Topic.Draw(random);
        var title = AchievementTitle(topic, random);
        var summary = AchievementText(
            topic,
            random,
            TargetLength(random, median: 283, sigma: 0.72, min: 60, max: MaxSummary)
        );
        var (institution, region) = Institution(random);
        var snapshot = new AchievementSnapshot(
            IdFor(1, index),
            title,
            summary,
            Keywords(topic, random),
            topic.Industry,
            topic.Industry.Contains('-') ? topic.Industry.Split('-')[1] : null,
            new Maturity(Maturity.Trl, Weighted(random, (5, 55), (6, 20), (9, 10), (3, 5), (4, 4), (7, 4), (8, 2))),
            Patents(random),
            Weighted(
                random,
                (CooperationModes.Assignment | CooperationModes.NonExclusiveLicence, 30),
                (CooperationModes.Assignment, 20),
                (CooperationModes.JointDevelopment | CooperationModes.TechnicalService, 20),
                (CooperationModes.ExclusiveLicence, 10),
                (CooperationModes.Equity | CooperationModes.JointDevelopment, 10),
                (CooperationModes.TechnicalService, 10)
            ),
            Price(random, negotiable: 0.6, minWan: 5, maxWan: 500, spread: 3),
            institution,
            IdFor(3, random.Next(2_000)),
            region,
            "Published",
            now
        );
        return new GeneratedAchievement(
            snapshot,
            Any(ChineseVocabulary.Surnames, random) + Any(ChineseVocabulary.GivenNames, random),
            "13" + random.Next(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
    }

    public DemandSnapshot Demand(int index)
    {
        var random = RandomFor(2, index);
        var topic = Topic.Draw(random);
        var title = DemandTitle(topic, random);
        var text = DemandText(
            topic,
            random,
            TargetLength(random, median: 108, sigma: 0.68, min: 30, max: MaxDemandText)
        );
        var province = Weighted(
            random,
            (Province.Hebei, 60),
            (Province.Tianjin, 20),
            (Province.Beijing, 10),
            (Province.Other, 10)
        );
        var city = province == Province.Hebei ? Pick(Regions.HebeiCities, random) : null;
        var anonymous = random.NextDouble() < 0.2;
        var enterprise =
            (
                city
                ?? (
                    province == Province.Tianjin ? "天津"
                    : province == Province.Beijing ? "北京"
                    : ""
                )
            )
            + Any(ChineseVocabulary.EnterpriseWords, random)
            + Any(ChineseVocabulary.EnterpriseKinds, random)
            + Any(ChineseVocabulary.EnterpriseSuffixes, random);
        return new DemandSnapshot(
            IdFor(2, index),
            title,
            text,
            random.NextDouble() < 0.5
                ? $"{topic.Modifier}{topic.Core}{topic.Action}{Pick(ChineseVocabulary.ProductHeads, random)}"
                : "",
            topic.Industry,
            random.NextDouble() < 0.5 ? null : new Maturity(Maturity.Trl, random.Next(4, 9)),
            Price(random, negotiable: 0.3, minWan: 10, maxWan: 300, spread: 2),
            now.AddDays(random.Next(30, 366)),
            new Region(province, city),
            Weighted(
                random,
                (CooperationModes.JointDevelopment, 25),
                (
                    CooperationModes.Assignment
                        | CooperationModes.NonExclusiveLicence
                        | CooperationModes.JointDevelopment,
                    20
                ),
                (CooperationModes.NonExclusiveLicence, 15),
                (CooperationModes.TechnicalService, 15),
                (CooperationModes.Assignment, 10),
                (CooperationModes.Equity | CooperationModes.JointDevelopment, 5),
                (CooperationModes.None, 10)
            ),
            anonymous,
            anonymous ? null : enterprise,
            IdFor(4, random.Next(5_000)),
            "Open",
            now
        );
    }

    /// <summary>
    /// A number drawn Zipf-like (s = 1) from [0, count): rank k is about 1 / (k + 1) as likely as rank 0.
    /// </summary>
    public static int ZipfIndex(int count, Random random) =>
        Math.Min(count - 1, (int)Math.Pow(count + 1, random.NextDouble()) - 1);

    private Random RandomFor(int kind, int index) =>
        new(unchecked((seed * 1_000_003) + (kind * 7_919) + (index * 104_729)));

    private Guid IdFor(int kind, int index)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, index);
        BitConverter.TryWriteBytes(bytes[4..], kind);
        BitConverter.TryWriteBytes(bytes[8..], seed);
        bytes[15] = 0x5e;
        return new Guid(bytes);
    }

    private static int TargetLength(Random random, double median, double sigma, int min, int max)
    {
        // Box-Muller: one standard normal draw.
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return (int)Math.Clamp(median * Math.Exp(sigma * normal), min, max);
    }

    private static string AchievementTitle(Topic t, Random r) =>
        r.Next(8) switch
        {
            0 => $"{t.Modifier}{t.Core}{t.Action}{t.Head}",
            1 => $"基于{t.Method}的{t.Core}{t.Action}{t.Head}",
            2 => $"一种{t.Modifier}{t.Core}及其{t.Action}方法",
            3 => $"{t.Core}{t.Action}关键技术研究与应用",
            4 => $"{t.Modifier}{t.Core}{t.Second}{t.Head}",
            5 => t.Field.Parent == "现代农业" ? $"{Variety(r)}新品种" : $"{t.Core}{t.Second}{t.Action}{t.Head}",
            6 => $"{t.Core}用{t.Second}",
            _ => $"{t.Core}{t.Action}{t.Head}",
        };

    private static string DemandTitle(Topic t, Random r) =>
        r.Next(7) switch
        {
            0 => $"{t.Core}{t.Action}技术需求",
            1 => $"寻求{t.Modifier}{t.Core}{t.Action}{t.Head}",
            2 => $"{t.Core}{t.Problem}问题的解决方案",
            3 => $"{t.Core}{t.Action}工艺改进",
            4 => $"{t.Modifier}{t.Core}研发",
            5 => $"{t.Core}的改进",
            _ => $"{t.Core}{t.Second}{t.Action}",
        };

    private static string AchievementText(Topic t, Random r, int target)
    {
        var text = new Sentences(target);
        if (r.NextDouble() < 0.7)
        {
            text.Add(Background(t, r));
        }

        text.Add(Approach(t, r));
        var tail = new Sentences(0);
        if (r.NextDouble() < 0.5)
        {
            tail.Add(
                r.Next(3) switch
                {
                    0 =>
                        $"已获授权发明专利{r.Next(1, 9)}项、实用新型专利{r.Next(0, 12)}项，发表论文{r.Next(2, 30)}篇。",
                    1 => $"已申请国家发明专利{r.Next(1, 6)}项。",
                    _ =>
                        $"相关成果获{Any(ChineseVocabulary.Counties, r)}科技进步奖{(r.Next(2) == 0 ? "一" : "二")}等奖。",
                }
            );
        }

        if (r.NextDouble() < 0.7)
        {
            tail.Add(
                r.Next(3) == 0
                    ? $"适用于{t.Application(r)}企业的{t.Term(r)}{t.Action}。"
                    : $"可{(r.Next(2) == 0 ? "广泛" : "")}应用于{t.Application(r)}、"
                        + $"{t.Application(r)}{(r.Next(2) == 0 ? "和" + t.Application(r) : "")}等领域"
                        + $"{(r.Next(2) == 0 ? "，市场前景广阔" : "")}。"
            );
        }

        if (r.NextDouble() < 0.4)
        {
            tail.Add(
                r.Next(2) == 0
                    ? $"目前已完成{Any(ChineseVocabulary.Stages, r)}，{(r.Next(2) == 0 ? "具备产业化条件" : "正在寻求合作企业")}。"
                    : $"拟通过{Any(ChineseVocabulary.Cooperation, r)}方式与企业合作。"
            );
        }

        for (var attempts = 0; text.Length + tail.Length < target && attempts < 400; attempts++)
        {
            text.Add(
                r.Next(10) switch
                {
                    < 2 => Approach(t, r),
                    < 8 => Clauses(t, r),
                    _ => Result(t, r),
                }
            );
        }

        return Clip(text + tail.ToString(), MaxSummary);
    }

    private static string DemandText(Topic t, Random r, int target)
    {
        var text = new Sentences(target);
        text.Add(
            r.Next(3) switch
            {
                0 => $"{Any(ChineseVocabulary.DemandOpeners, r)}{(r.Next(2) == 0 ? t.Second : t.Application(r))}，"
                    + $"{t.Core}{t.Action}环节{t.Problem}、{Any(ChineseVocabulary.Problems, r)}。",
                1 => $"现有{t.Core}采用{t.OtherMethod(r)}，{t.Metric}只有{r.Next(40, 90)}%，"
                    + $"{(r.Next(2) == 0 ? "无法满足" : "达不到")}{t.Application(r)}"
                    + $"{Any(ChineseVocabulary.Customers, r)}。",
                _ => $"{t.Core}的{Pick(ChineseVocabulary.GeneralNouns, r)}{t.Problem}，"
                    + $"影响{t.Term(r)}的{Pick(ChineseVocabulary.GeneralNouns, r)}。",
            }
        );
        text.Add(
            r.Next(3) switch
            {
                0 => $"{Any(ChineseVocabulary.DemandAsks, r)}一种{t.Modifier}{t.Core}{t.Action}技术，"
                    + $"{t.Metric}{Any(ChineseVocabulary.Targets, r)}{r.Next(5, 99)}"
                    + $"{Any(ChineseVocabulary.Units, r)}。",
                1 => $"{Any(ChineseVocabulary.DemandAsks, r)}{t.Method}相关技术，"
                    + $"{Any(ChineseVocabulary.Solves, r)[..2]}{t.Core}{t.Problem}的"
                    + $"{Any(ChineseVocabulary.Complements, r)}。",
                _ => $"{Any(ChineseVocabulary.DemandAsks, r)}{t.Term(r)}{t.Action}"
                    + $"{Any(ChineseVocabulary.ProductHeads, r)}。",
            }
        );
        for (var attempts = 0; text.Length < target && attempts < 200; attempts++)
        {
            text.Add(
                r.Next(10) switch
                {
                    0 => $"希望与{Any(ChineseVocabulary.Partners, r)}合作开发{t.Modifier}{t.Term(r)}{t.Head}。",
                    1 => $"项目预算{r.Next(10, 500)}万元，可{Any(ChineseVocabulary.Cooperation, r)}。",
                    2 => $"{r.Next(3, 24)}个月内完成{Any(ChineseVocabulary.Stages, r)}。",
                    3 => $"可提供{t.Term(r)}样品及{Any(ChineseVocabulary.Stages, r)}场地。",
                    4 =>
                        $"主要用于{t.Term(r)}的{Any(ChineseVocabulary.Actions, r)}，涉及{t.Term(r)}、{t.Term(r)}和{t.Term(r)}。",
                    5 => $"{t.Term(r)}的{Pick(ChineseVocabulary.GeneralNouns, r)}需要"
                        + $"{Any(ChineseVocabulary.ResultVerbs, r)}，"
                        + $"{t.Term(r)}{Any(ChineseVocabulary.Problems, r)}。",
                    6 => $"现场{Pick(ChineseVocabulary.GeneralNouns, r)}为"
                        + $"{Pick(ChineseVocabulary.GeneralNouns, r)}，"
                        + $"{t.Term(r)}与{t.Term(r)}{Any(ChineseVocabulary.Couplings, r)}困难。",
                    _ => Clauses(t, r),
                }
            );
        }

        return Clip(text.ToString(), MaxDemandText);
    }

    private static string Background(Topic t, Random r) =>
        r.Next(5) switch
        {
            0 => $"{Any(ChineseVocabulary.Openers, r)}，{t.Core}{t.Action}主要依靠"
                + $"{(r.Next(2) == 0 ? "人工经验" : t.OtherMethod(r))}，"
                + $"存在{t.Problem}、{Any(ChineseVocabulary.Problems, r)}等{Any(ChineseVocabulary.Complements, r)}。",
            1 => $"随着{t.Application(r)}行业的发展，市场对{t.Modifier}{t.Core}的需求日益增长。",
            2 =>
                $"传统{t.Core}{t.Action}方法{t.Problem}，难以满足{t.Application(r)}领域的{Any(ChineseVocabulary.Complements, r)}。",
            3 => $"{Any(ChineseVocabulary.Openers, r)}，{t.Term(r)}在{Pick(ChineseVocabulary.GeneralNouns, r)}方面"
                + $"{t.Problem}，制约了{t.Application(r)}的发展。",
            _ => $"我国{t.Core}长期{(r.Next(2) == 0 ? "依赖进口" : "以粗放方式生产")}，{t.Problem}的问题十分突出。",
        };

    private static string Approach(Topic t, Random r) =>
        r.Next(6) switch
        {
            0 => $"{Any(ChineseVocabulary.Subjects, r)}采用{t.Method}，研制出一种{t.Modifier}{t.Core}{t.Head}。",
            1 => $"{Any(ChineseVocabulary.Subjects, r)}基于{t.Method}和{t.OtherMethod(r)}，"
                + $"实现了{t.Core}的{t.Modifier}{t.Action}。",
            2 => $"通过{t.Method}对{t.Core}进行{t.Action}，并结合{t.OtherMethod(r)}优化{t.Metric}。",
            3 => $"{Any(ChineseVocabulary.Subjects, r)}开发了{t.Core}{t.Action}{t.Head}，包括{t.Term(r)}、"
                + $"{t.Term(r)}和{t.Term(r)}{(r.Next(2) == 0 ? "模块" : "单元")}。",
            4 => $"其创新点在于提出了基于{t.Method}的{t.Core}{t.Action}模型，"
                + $"{Any(ChineseVocabulary.Solves, r)}{t.Second}{t.Problem}的"
                + $"{Any(ChineseVocabulary.Complements, r)}。",
            _ => $"{t.Core}经{t.Method}处理后，与{t.Second}{Any(ChineseVocabulary.Couplings, r)}形成{t.Modifier}结构。",
        };

    private static string Result(Topic t, Random r) =>
        r.Next(3) switch
        {
            0 => $"经{t.Application(r)}企业应用，{Any(ChineseVocabulary.Metrics, r)}提高{r.Next(10, 90)}%以上，"
                + $"{Any(ChineseVocabulary.Metrics, r)}降低{r.Next(5, 60)}%。",
            1 => $"与国内外同类{(r.Next(2) == 0 ? "产品" : "技术")}相比，"
                + $"{Any(ChineseVocabulary.Metrics, r)}达到{(r.Next(2) == 0 ? "国际先进" : "国内领先")}水平。",
            _ => $"检测结果表明，{t.Term(r)}的{Any(ChineseVocabulary.Metrics, r)}达到"
                + $"{r.Next(1, 1000)}{Any(ChineseVocabulary.Units, r)}。",
        };

    /// <summary>One sentence of one to three clauses, each with its own words: the varied body of a listing.</summary>
    private static string Clauses(Topic t, Random r)
    {
        var sentence = new StringBuilder();
        if (r.NextDouble() < 0.3)
        {
            sentence.Append(Any(ChineseVocabulary.Openers, r)).Append('，');
        }

        var count = r.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sentence.Append('，');
            }

            sentence.Append(
                r.Next(9) switch
                {
                    0 => $"{Any(ChineseVocabulary.Subjects, r)}"
                        + $"{(r.Next(2) == 0 ? Any(ChineseVocabulary.Adverbs, r) : "")}"
                        + $"{Any(ChineseVocabulary.Verbs, r)}了{t.Term(r)}",
                    1 => $"{Any(ChineseVocabulary.ResultVerbs, r)}了{t.Term(r)}的"
                        + $"{Pick(ChineseVocabulary.GeneralNouns, r)}",
                    2 => $"{t.Term(r)}与{t.Term(r)}{Any(ChineseVocabulary.Couplings, r)}",
                    3 => $"{Any(ChineseVocabulary.Adverbs, r)}{Any(ChineseVocabulary.ResultVerbs, r)}"
                        + $"{Any(ChineseVocabulary.Metrics, r)}{r.Next(2, 90)}{Any(ChineseVocabulary.Units, r)}",
                    4 => $"可用于{t.Application(r)}和{Pick(ChineseVocabulary.GeneralNouns, r)}{t.Action}",
                    5 => $"{Any(ChineseVocabulary.Solves, r)}{t.Term(r)}{Any(ChineseVocabulary.Problems, r)}的"
                        + $"{Any(ChineseVocabulary.Complements, r)}",
                    6 => $"具有{Any(ChineseVocabulary.Advantages, r)}、"
                        + $"{Any(ChineseVocabulary.Advantages, r)}等{(r.Next(2) == 0 ? "优点" : "特点")}",
                    7 => $"在{Pick(ChineseVocabulary.GeneralNouns, r)}中{Any(ChineseVocabulary.Verbs, r)}{t.Term(r)}",
                    _ =>
                        $"{t.Term(r)}的{Pick(ChineseVocabulary.GeneralNouns, r)}{Any(ChineseVocabulary.Predicates, r)}",
                }
            );
        }

        return sentence.Append('。').ToString();
    }

    private static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var end = text.LastIndexOf('。', max - 1);
        return end > 0 ? text[..(end + 1)] : text[..max];
    }

    private static IReadOnlyList<string> Keywords(Topic t, Random r)
    {
        var candidates = new[] { t.Core, t.Second, t.Method, t.Modifier + t.Action, t.Application(r) };
        return candidates.Where(k => k.Length is >= 1 and <= 20).Distinct().Take(r.Next(3, 6)).ToList();
    }

    private static List<Patent> Patents(Random r)
    {
        var count = Weighted(r, (0, 35), (1, 35), (2, 15), (3, 10), (5, 5));
        return Enumerable
            .Range(0, count)
            .Select(_ => new Patent(
                JjjMatch.BuildingBlocks.Validation.PatentNumbers.Format(
                    $"{r.Next(2012, 2026)}{r.Next(1, 4)}{r.Next(1_000_000, 9_999_999)}"
                ),
                Weighted(r, (PatentKind.Invention, 60), (PatentKind.UtilityModel, 35), (PatentKind.Design, 5)),
                Weighted(r, (PatentStatus.Granted, 60), (PatentStatus.Filed, 35), (PatentStatus.Lapsed, 5))
            ))
            .ToList();
    }

    private static PriceRange Price(Random r, double negotiable, int minWan, int maxWan, int spread)
    {
        if (r.NextDouble() < negotiable)
        {
            return PriceRange.Negotiable;
        }

        var min = r.Next(minWan, maxWan) * 10_000m;
        return new PriceRange(min, min * r.Next(1, spread + 1));
    }

    private static (string Name, Region Region) Institution(Random r)
    {
        if (r.NextDouble() < 0.8)
        {
            var chinese = DemoInstitutions.Universities.Where(u => !u.Name.All(char.IsAscii)).ToList();
            var (name, region) = chinese[r.Next(chinese.Count)];
            return (name, region.Province == Province.Hebei ? region : region with { City = null });
        }

        var city = Pick(Regions.HebeiCities, r);
        return ($"{city}市{Any(ChineseVocabulary.EnterpriseKinds, r)}研究院", new Region(Province.Hebei, city));
    }

    private static string Variety(Random r) =>
        $"{Pick(ChineseVocabulary.VarietyPrefixes, r)}{Pick(ChineseVocabulary.VarietyCrops, r)}{r.Next(1, 999)}号";

    private static string Pick(IReadOnlyList<string> words, Random r) => words[ZipfIndex(words.Count, r)];

    // Function words and stock phrases: drawn evenly, so no one of them ends up in nearly every listing.
    private static string Any(IReadOnlyList<string> words, Random r) => words[r.Next(words.Count)];

    private static T Weighted<T>(Random r, params (T Value, int Weight)[] choices)
    {
        var roll = r.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return choices[^1].Value;
    }

    /// <summary>Sentences of one text; a sentence already in it is not added twice.</summary>
    private sealed class Sentences(int capacity)
    {
        private readonly StringBuilder text = new(capacity + 100);
        private readonly HashSet<string> seen = new(StringComparer.Ordinal);

        public int Length => text.Length;

        public void Add(string sentence)
        {
            if (seen.Add(sentence))
            {
                text.Append(sentence);
            }
        }

        public override string ToString() => text.ToString();
    }

    /// <summary>What one listing is about: the terms its sentences keep coming back to.</summary>
    private sealed class Topic
    {
        private readonly string[] own;

        private Topic(TechField field, string industry, Random r)
        {
            Field = field;
            Industry = industry;
            own = [.. Enumerable.Range(0, r.Next(3, 7)).Select(_ => FreshTerm(field, r))];
            Core = own[0];
            Second = own[1];
            Method = Pick(field.Methods, r);
            Modifier = Any(ChineseVocabulary.Modifiers, r);
            Action = Any(ChineseVocabulary.Actions, r);
            Head = Any(ChineseVocabulary.ProductHeads, r);
            Problem = Any(ChineseVocabulary.Problems, r);
            Metric = Any(ChineseVocabulary.Metrics, r);
        }

        public TechField Field { get; }

        public string Industry { get; }

        public string Core { get; }

        public string Second { get; }

        public string Method { get; }

        public string Modifier { get; }

        public string Action { get; }

        public string Head { get; }

        public string Problem { get; }

        public string Metric { get; }

        public static Topic Draw(Random r)
        {
            var field = ChineseVocabulary.Fields[r.Next(ChineseVocabulary.Fields.Count)];
            var codes = IndustryCodes[field.Parent];
            // Listings name the parent industry alone now and then (电子信息), mostly a sub-industry (电子信息-人工智能).
            var industry = r.NextDouble() < 0.15 ? codes[0] : codes[r.Next(codes.Length)];
            return new Topic(FieldByParent[field.Parent], industry, r);
        }

        /// <summary>
        /// A term of this field; one in five is a compound or a named thing, the vocabulary's long tail.
        /// </summary>
        public string Term(Random r)
        {
            // Half the time one of the listing's own terms, which real texts keep repeating.
            var roll = r.NextDouble();
            if (roll < 0.5)
            {
                return own[r.Next(own.Length)];
            }

            return FreshTerm(Field, r);
        }

        /// <summary>
        /// A term of the field: mostly listed words, a third of the time a compound or a named thing (the long tail).
        /// </summary>
        public static string FreshTerm(TechField field, Random r)
        {
            var roll = r.NextDouble();
            if (roll < 0.45)
            {
                return Pick(field.Objects, r);
            }

            if (roll < 0.55)
            {
                return Pick(ChineseVocabulary.GeneralNouns, r);
            }

            if (roll < 0.65)
            {
                return Any(ChineseVocabulary.Modifiers, r) + Pick(field.Objects, r);
            }

            if (roll < 0.72)
            {
                return Pick(field.Objects, r) + Pick(field.Objects, r);
            }

            if (roll < 0.86)
            {
                return MorphemeCompound(r);
            }

            return field.Parent switch
            {
                "新材料" or "钢铁" => $"{Pick(ChineseVocabulary.Elements, r)}{Pick(ChineseVocabulary.Elements, r)}"
                    + $"{Pick(ChineseVocabulary.MaterialForms, r)}",
                "化工" or "生物医药" =>
                    $"{Pick(ChineseVocabulary.ChemicalPrefixes, r)}{Pick(ChineseVocabulary.ChemicalCores, r)}"
                        + $"{Pick(ChineseVocabulary.ChemicalSuffixes, r)}",
                "现代农业" => Variety(r),
                "电子信息" or "装备制造" =>
                    $"{(char)('A' + r.Next(26))}{(char)('A' + r.Next(26))}-{r.Next(10, 999)}型{Pick(field.Objects, r)}",
                _ => $"{Any(ChineseVocabulary.Counties, r)}{Pick(field.Objects, r)}",
            };
        }

        private static string MorphemeCompound(Random r)
        {
            var morphemes = ChineseVocabulary.Morphemes;
            var first = morphemes[r.Next(morphemes.Length)];
            var second = morphemes[r.Next(morphemes.Length)];
            return r.Next(3) == 0
                ? first + second + morphemes[r.Next(morphemes.Length)] + Pick(ChineseVocabulary.MorphemeHeads, r)
                : first + second + Pick(ChineseVocabulary.MorphemeHeads, r);
        }

        public string OtherMethod(Random r) => Pick(Field.Methods, r);

        public string Application(Random r) =>
            r.NextDouble() < 0.7 ? Pick(Field.Applications, r) : Pick(ChineseVocabulary.GenericApplications, r);
    }
}
