using FluentValidation;
using JjjMatch.BuildingBlocks.Domain;
using JjjMatch.Contracts.Shared;
using JjjMatch.Demands.Domain;

namespace JjjMatch.Demands.Tests.Domain;

public sealed class DemandLifecycleTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly JjjMatch.Contracts.Shared.Contact ApplicantContact = new("王揭榜", "13722223333", null);

    [Fact]
    public void The_owner_cannot_apply_to_its_own_demand()
    {
        var owner = Guid.NewGuid();
        var demand = Demand.CreateDraft(owner, Details(), Now);
        demand.Open(Now);

        Should.Throw<ForbiddenException>(() => demand.Apply(owner, "唐山钢铁", Proposal(), ApplicantContact, Now));
        demand.Applications.ShouldBeEmpty();
    }

    [Fact]
    public void A_new_demand_is_a_draft_at_version_one()
    {
        var demand = Demand.CreateDraft(Guid.NewGuid(), Details(), Now);

        demand.Status.ShouldBe(DemandStatus.Draft);
        demand.Version.ShouldBe(1);
        demand.OpenedAt.ShouldBeNull();
    }

    [Fact]
    public void Opening_stamps_the_time_and_moves_the_version()
    {
        var demand = Demand.CreateDraft(Guid.NewGuid(), Details(), Now);

        demand.Open(Now.AddHours(1));

        demand.Status.ShouldBe(DemandStatus.Open);
        demand.OpenedAt.ShouldBe(Now.AddHours(1));
        demand.Version.ShouldBe(2);
        Should.Throw<ConflictException>(() => demand.Open(Now.AddHours(2)));
    }

    [Fact]
    public void A_draft_cannot_be_opened_once_its_deadline_has_come()
    {
        var demand = Demand.CreateDraft(Guid.NewGuid(), Details() with { Deadline = Now.AddDays(1) }, Now);

        var failure = Should.Throw<ValidationException>(() => demand.Open(Now.AddDays(1)));

        failure.Errors.Single().PropertyName.ShouldBe("Deadline");
        demand.Status.ShouldBe(DemandStatus.Draft);
    }

    [Fact]
    public void An_open_demand_reads_as_expired_from_its_deadline_on()
    {
        var demand = Opened();

        demand.StatusAt(demand.Deadline.AddTicks(-1)).ShouldBe(DemandStatus.Open);
        demand.StatusAt(demand.Deadline).ShouldBe(DemandStatus.Expired);
        demand.Status.ShouldBe(DemandStatus.Open);
    }

    [Fact]
    public void Expiry_is_recorded_once_and_only_after_the_deadline()
    {
        var demand = Opened();
        var live = demand.Apply(Guid.Empty, "燕山大学", Proposal(), ApplicantContact, Now);

        demand.Expire(demand.Deadline.AddTicks(-1)).ShouldBeFalse();
        demand.Expire(demand.Deadline).ShouldBeTrue();
        demand.Expire(demand.Deadline.AddDays(1)).ShouldBeFalse();

        demand.Status.ShouldBe(DemandStatus.Expired);
        demand.ClosedAt.ShouldBe(demand.Deadline);
        live.Status.ShouldBe(ApplicationStatus.Declined);
        Demand.CreateDraft(Guid.NewGuid(), Details(), Now).Expire(Now.AddYears(1)).ShouldBeFalse();
    }

    [Fact]
    public void Only_an_open_or_awarded_demand_can_be_closed()
    {
        var draft = Demand.CreateDraft(Guid.NewGuid(), Details(), Now);
        var open = Opened();
        var awarded = Opened();
        awarded.Award(awarded.Apply(Guid.Empty, "燕山大学", Proposal(), ApplicantContact, Now).Id, Now);
        var expired = Opened();
        expired.Expire(expired.Deadline);

        Should.Throw<ConflictException>(() => draft.Close(Now));
        Should.Throw<ConflictException>(() => expired.Close(expired.Deadline));
        open.Close(Now);
        awarded.Close(Now);

        open.Status.ShouldBe(DemandStatus.Closed);
        awarded.Status.ShouldBe(DemandStatus.Closed);
        Should.Throw<ConflictException>(() => open.Close(Now));
    }

    [Theory]
    [InlineData(DemandStatus.Closed)]
    [InlineData(DemandStatus.Expired)]
    [InlineData(DemandStatus.Awarded)]
    public void Closed_expired_and_awarded_demands_can_no_longer_be_changed(DemandStatus final)
    {
        var demand = Opened();
        var application = demand.Apply(Guid.Empty, "燕山大学", Proposal(), ApplicantContact, Now);
        var at = final == DemandStatus.Expired ? demand.Deadline : Now;
        _ = final switch
        {
            DemandStatus.Closed => Run(() => demand.Close(Now)),
            DemandStatus.Expired => demand.Expire(at),
            _ => Run(() => demand.Award(application.Id, Now)),
        };

        Should.Throw<ConflictException>(() => demand.Update(Details(), at));
        Should.Throw<ConflictException>(() => demand.Open(at));
        Should.Throw<ConflictException>(() => demand.Apply(Guid.Empty, "南开大学", Proposal(), ApplicantContact, at));
        demand.Status.ShouldBe(final);
    }

    [Fact]
    public void One_live_application_per_organisation_name_and_applicant()
    {
        var demand = Opened();
        var applicant = Guid.NewGuid();
        var first = demand.Apply(applicant, "Tianjin University", Proposal(), ApplicantContact, Now);

        Should.Throw<ConflictException>(() =>
            demand.Apply(applicant, "  tianjin university ", Proposal(), ApplicantContact, Now)
        );
        demand
            .Apply(Guid.NewGuid(), "Tianjin University", Proposal(), ApplicantContact, Now)
            .ApplicantOrganisation.ShouldBe("Tianjin University");
        demand.Withdraw(first.Id, Now);
        demand
            .Apply(applicant, "Tianjin University", Proposal(), ApplicantContact, Now)
            .Status.ShouldBe(ApplicationStatus.Submitted);

        demand.ApplicationCount.ShouldBe(3);
        demand.Applications.Count(a => a.IsLive).ShouldBe(2);
    }

    [Fact]
    public void Awarding_declines_the_other_live_applications_and_keeps_the_withdrawn_ones()
    {
        var demand = Opened();
        var winner = demand.Apply(Guid.Empty, "天津大学", Proposal(), ApplicantContact, Now);
        var loser = demand.Apply(Guid.Empty, "南开大学", Proposal(), ApplicantContact, Now);
        var withdrawn = demand.Apply(Guid.Empty, "河北大学", Proposal(), ApplicantContact, Now);
        demand.Withdraw(withdrawn.Id, Now);

        demand.Award(winner.Id, Now.AddHours(1));

        demand.Status.ShouldBe(DemandStatus.Awarded);
        demand.AwardedApplicationId.ShouldBe(winner.Id);
        demand.AwardedAt.ShouldBe(Now.AddHours(1));
        winner.Status.ShouldBe(ApplicationStatus.Awarded);
        loser.Status.ShouldBe(ApplicationStatus.Declined);
        withdrawn.Status.ShouldBe(ApplicationStatus.Withdrawn);
        Should.Throw<ConflictException>(() => demand.Award(loser.Id, Now));
        Should.Throw<NotFoundException>(() => demand.Award(Guid.NewGuid(), Now));
    }

    [Fact]
    public void A_withdrawn_application_cannot_win()
    {
        var demand = Opened();
        var application = demand.Apply(Guid.Empty, "天津大学", Proposal(), ApplicantContact, Now);
        demand.Withdraw(application.Id, Now);

        Should.Throw<ConflictException>(() => demand.Award(application.Id, Now));
        Should.Throw<ConflictException>(() => demand.Withdraw(application.Id, Now));
        demand.Status.ShouldBe(DemandStatus.Open);
    }

    [Fact]
    public void No_application_and_no_award_after_the_deadline()
    {
        var demand = Opened();
        var application = demand.Apply(Guid.Empty, "天津大学", Proposal(), ApplicantContact, Now);

        Should.Throw<ConflictException>(() =>
            demand.Apply(Guid.Empty, "南开大学", Proposal(), ApplicantContact, demand.Deadline)
        );
        Should.Throw<ConflictException>(() => demand.Award(application.Id, demand.Deadline));
        application.Status.ShouldBe(ApplicationStatus.Submitted);
    }

    [Fact]
    public void The_enterprise_name_is_kept_but_hidden_while_anonymous_and_never_searched()
    {
        var demand = Demand.CreateDraft(
            Guid.NewGuid(),
            Details() with
            {
                Anonymous = true,
                Title = "  Laser 熔覆修复  ",
            },
            Now
        );

        demand.EnterpriseName.ShouldBe("唐山钢铁集团有限责任公司");
        demand.PublicEnterpriseName.ShouldBeNull();
        demand.Title.ShouldBe("Laser 熔覆修复");
        demand.SearchText.ShouldContain("laser 熔覆修复");
        demand.SearchText.ShouldNotContain("唐山钢铁");
        demand.Update(Details() with { Anonymous = false }, Now);
        demand.PublicEnterpriseName.ShouldBe("唐山钢铁集团有限责任公司");
    }

    public static DemandDetails Details() =>
        new(
            "轧辊表面修复技术需求",
            "轧辊磨损严重，更换成本高，需要低成本的表面修复技术。",
            "修复后使用寿命达到新辊的80%以上。",
            "钢铁-钢材深加工",
            new Maturity(Maturity.Trl, 6),
            new PriceRange(500000m, null),
            Now.AddDays(30),
            new Region(Province.Hebei, "唐山"),
            CooperationModes.JointDevelopment,
            false,
            "唐山钢铁集团有限责任公司",
            new Contact("王工", "13900000000", null)
        );

    public static Proposal Proposal() =>
        new(
            "激光熔覆修复轧辊表面，并配套在线检测。",
            "燕山大学轧辊团队8人",
            [new Milestone("工艺验证", 3)],
            400000m,
            6
        );

    private static Demand Opened()
    {
        var demand = Demand.CreateDraft(Guid.NewGuid(), Details(), Now);
        demand.Open(Now);
        return demand;
    }

    private static bool Run(Action action)
    {
        action();
        return true;
    }
}
