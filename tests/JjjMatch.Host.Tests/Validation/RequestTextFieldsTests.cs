using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation;
using JjjMatch.BuildingBlocks.Validation;
using MediatR;

namespace JjjMatch.Host.Tests.Validation;

/// <summary>
/// The text rule reaches every string of every request of every service, including ones added later: each request
/// type is built with a control character in every string it can hold, and each of them must be refused by name.
/// </summary>
public sealed class RequestTextFieldsTests
{
    private const string NotText = "a\u0001b";

    public static TheoryData<Type> Requests()
    {
        var data = new TheoryData<Type>();
        foreach (var type in RequestTypes())
        {
            data.Add(type);
        }

        return data;
    }

    private static List<Type> RequestTypes() =>
        new[]
        {
            typeof(Achievements.AchievementsModule),
            typeof(Demands.DemandsModule),
            typeof(Matching.MatchingModule),
        }
            .SelectMany(t => t.Assembly.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false })
            .Where(t =>
                t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            )
            .ToList();

    [Fact]
    public void The_requests_that_carry_user_text_are_found()
    {
        var withText = RequestTypes().Where(t => TextFields.DeclaredBy(t).Count > 0).ToList();

        withText.Select(t => t.Name).ShouldContain("CreateAchievementDraft");
        withText.Select(t => t.Name).ShouldContain("ApplyToDemand");
        withText.Select(t => t.Name).ShouldContain("RejectMatch");
        withText.Select(t => t.Name).ShouldContain("RecordDeal");
        TextFields
            .DeclaredBy(typeof(Demands.Features.Applications.ApplyToDemand))
            .ShouldContain("Body.Milestones[0].Title");
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Every_string_of_a_request_is_checked(Type request)
    {
        var instance = Build(request, 0);
        var validator = (IValidator)
            typeof(UserTextValidator<>).MakeGenericType(request).GetField("Instance")!.GetValue(null)!;

        var refused = validator
            .Validate(new ValidationContext<object>(instance!))
            .Errors.Select(e => e.PropertyName.Replace("[1]", "[0]", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        refused.ShouldBe(TextFields.DeclaredBy(request), ignoreOrder: true);
    }

    /// <summary>An instance with every string set to text that is not text, and one element in every list.</summary>
    private static object? Build(Type type, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return NotText;
        }

        if (
            depth > 6
            || underlying.IsPrimitive
            || underlying.IsEnum
            || underlying.Namespace?.StartsWith("JjjMatch", StringComparison.Ordinal) != true && !IsList(underlying)
        )
        {
            return underlying.IsValueType ? Activator.CreateInstance(underlying) : null;
        }

        if (IsList(underlying))
        {
            var element = underlying.IsArray ? underlying.GetElementType()! : underlying.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(Build(element, depth + 1));
            return list;
        }

        if (underlying.IsValueType)
        {
            return Activator.CreateInstance(underlying);
        }

        var instance = RuntimeHelpers.GetUninitializedObject(underlying);
        foreach (var property in underlying.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not null && property.GetIndexParameters().Length == 0)
            {
                property.SetValue(instance, Build(property.PropertyType, depth + 1));
            }
        }

        return instance;
    }

    private static bool IsList(Type type) =>
        type.IsArray
        || type.IsGenericType
            && type.GetGenericTypeDefinition() is var open
            && (
                open == typeof(IReadOnlyList<>)
                || open == typeof(List<>)
                || open == typeof(IList<>)
                || open == typeof(IEnumerable<>)
                || open == typeof(IReadOnlyCollection<>)
            );
}
