using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Groups;

/// <summary>
/// Dynamic groups end to end through the API and the engine: preview equals what is applied, changes are
/// audited with the rule as the actor, events and the schedule drive incremental passes, hysteresis,
/// hierarchy, dry run and pause, and bad input that writes nothing.
/// </summary>
public abstract class GroupRulesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    private static object HasTag(string tag) => new { type = "has_tag", tag };

    private static async Task<string> NewRoleAsync(HttpClient owner, int priority = 20, string[]? permissions = null)
    {
        var name = Api.Unique("r");
        await (await owner.PostAsJsonAsync("/api/v1/roles", new { name, priority, permissions = permissions ?? [] })).ShouldBeAsync(HttpStatusCode.Created);
        return name;
    }

    private static async Task<Guid> NewMemberAsync(HttpClient owner, params string[] tags) =>
        (await owner.CreateUserAsync(Api.Unique("g"), tags: tags)).GetProperty("id").GetGuid();

    public static TheoryData<string, string> BadRules => new()
    {
        { """{"role":"member","condition":{"type":"has_tag","tag":"x"}}""", "name" },
        { """{"name":"x","condition":{"type":"has_tag","tag":"x"}}""", "role" },
        { """{"name":"x","role":"member","tag":"t","condition":{"type":"has_tag","tag":"x"}}""", "tag" },
        { """{"name":"x","role":"no-such-role","condition":{"type":"has_tag","tag":"x"}}""", "role" },
        { """{"name":"x","tag":"t","action":"toggle","condition":{"type":"has_tag","tag":"x"}}""", "action" },
        { """{"name":"x","tag":"t"}""", "condition" },
        { """{"name":"x","tag":"t","condition":{"type":"moon_phase"}}""", "condition.type" },
        { """{"name":"x","tag":"t","condition":{"op":"xor","conditions":[{"type":"has_tag","tag":"x"}]}}""", "condition.op" },
        { """{"name":"x","tag":"t","condition":{"op":"and","conditions":[]}}""", "condition.op" },
        { """{"name":"x","tag":"t","condition":{"op":"and","conditions":[null]}}""", "conditions[0]" },
        { """{"name":"x","tag":"t","condition":{"type":"active_minutes","window_days":0,"at_least":10}}""", "condition.window_days" },
        { """{"name":"x","tag":"t","condition":{"type":"active_minutes","window_days":7}}""", "condition.at_least" },
        { """{"name":"x","tag":"t","condition":{"type":"active_minutes","window_days":7,"at_least":10,"keep_at_least":20}}""", "condition.keep_at_least" },
        { """{"name":"x","tag":"t","condition":{"type":"sanctions","window_days":7}}""", "condition" },
        { """{"name":"x","tag":"t","condition":{"type":"joined_before","days":3,"date":"2020-01-01T00:00:00Z"}}""", "condition" },
        { """{"name":"x","tag":"t","condition":{"type":"last_seen_before","days":-1}}""", "condition.days" },
        { """{"name":"x","tag":"t","condition":{"type":"has_role","role":"nope"}}""", "condition.role" },
        { """{"name":"x","tag":"t","condition":{"type":"has_tag","tag":"x","days":3}}""", "condition.days" },
        { """{"name":"x","tag":"bad tag!","condition":{"type":"has_tag","tag":"x"}}""", "tag" },
        { """{"name":"x","tag":"t","condition":{"op":"and","conditions":[{"op":"or","conditions":[{"op":"and","conditions":[{"type":"has_tag","tag":"x"}]}]}]}}""", "condition.conditions[0].conditions[0].conditions[0]" },
    };

    [Theory]
    [MemberData(nameof(BadRules))]
    public async Task Bad_input_is_a_400_that_names_the_field_and_writes_nothing(string body, string field)
    {
        using var owner = await app.OwnerAsync();
        var before = (await owner.GetJsonAsync("/api/v1/audit?limit=1")).GetProperty("items")[0].GetProperty("id").GetString();
        var rules = (await owner.GetJsonAsync("/api/v1/groups/rules")).GetProperty("items").GetArrayLength();
        foreach (var url in new[] { "/api/v1/groups/rules", "/api/v1/groups/rules/preview" })
        {
            if (url.EndsWith("preview", StringComparison.Ordinal) && field == "name") continue; // a preview needs no name
            var response = await owner.PostAsync(url, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            var problem = await response.ShouldBeAsync(HttpStatusCode.BadRequest);
            Assert.Equal("validation", problem.ProblemType());
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{url}: errors should name {field}: {problem}");
        }
        Assert.Equal(before, (await owner.GetJsonAsync("/api/v1/audit?limit=1")).GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(rules, (await owner.GetJsonAsync("/api/v1/groups/rules")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Saving_a_rule_applies_exactly_its_preview_and_audits_each_change_with_the_rule_as_actor()
    {
        using var owner = await app.OwnerAsync();
        var passes = app.FollowPasses();
        var role = await NewRoleAsync(owner);
        var tag = Api.Unique("t");
        var tagged = new[] { await NewMemberAsync(owner, tag), await NewMemberAsync(owner, tag), await NewMemberAsync(owner, tag) };
        var other = await NewMemberAsync(owner);
        var draft = new { name = "taggers", role, condition = new { op = "or", conditions = new[] { HasTag(tag), new { type = "has_tag", tag = tag + "x" } } } };

        var preview = await owner.PreviewAsync(draft);
        Assert.Equal(3, preview.GetProperty("gain").GetInt32());
        Assert.Equal(0, preview.GetProperty("lose").GetInt32());
        var sample = preview.GetProperty("gain_sample").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToHashSet();
        Assert.True(sample.SetEquals(tagged));

        var rule = await owner.CreateGroupRuleAsync(draft);
        var id = rule.GetProperty("id").GetGuid();
        var pass = await passes.NextAsync(p => p.RuleId == id && p.Trigger == "saved");
        // A member's own event pass may reach the new rule before the rule's first pass does (the
        // outbox runs late on a loaded machine), so the first pass adds what is left; the history
        // below holds each member exactly once, whichever pass added them.
        Assert.Equal(0, pass.Removed);
        foreach (var u in tagged) Assert.Contains(role, await owner.RolesOfAsync(u));
        Assert.DoesNotContain(role, await owner.RolesOfAsync(other));

        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={tagged[0]}&action=user.roles_changed");
        var entry = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("actor_user_id").ValueKind);
        var actor = entry.GetProperty("payload").GetProperty("actor");
        Assert.Equal("group_rule", actor.GetProperty("type").GetString());
        Assert.Equal(id, actor.GetProperty("id").GetGuid());

        var history = (await owner.GetJsonAsync($"/api/v1/groups/rules/{id}/history")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, history.Count);
        Assert.True(history.Select(c => c.GetProperty("user_id").GetGuid()).ToHashSet().SetEquals(tagged));
        Assert.Equal(3, (await owner.GetJsonAsync($"/api/v1/groups/rules/{id}")).GetProperty("member_count").GetInt32());
        // Once applied, the same preview shows nothing left to do.
        var again = await owner.PreviewAsync(new { role, condition = draft.condition, rule_id = id });
        Assert.Equal((0, 0), (again.GetProperty("gain").GetInt32(), again.GetProperty("lose").GetInt32()));
    }

    [Fact]
    public async Task A_member_change_is_evaluated_incrementally_and_the_rule_takes_back_only_what_it_gave()
    {
        using var owner = await app.OwnerAsync();
        var passes = app.FollowPasses();
        var role = await NewRoleAsync(owner);
        var tag = Api.Unique("t");
        var byHand = await NewMemberAsync(owner);
        await (await owner.PostAsJsonAsync($"/api/v1/users/{byHand}/roles", new { add = new[] { role } })).ShouldBeAsync(HttpStatusCode.OK);
        var id = (await owner.CreateGroupRuleAsync(new { name = "inc", role, condition = HasTag(tag) })).GetProperty("id").GetGuid();
        await passes.NextAsync(p => p.RuleId == id && p.Trigger == "saved");

        var member = await NewMemberAsync(owner);
        Assert.DoesNotContain(role, await owner.RolesOfAsync(member));
        var etag = (await owner.GetAsync($"/api/v1/users/{member}")).Headers.ETag!.Tag;
        await (await owner.PatchAsJsonAsync($"/api/v1/users/{member}", new { tags = new[] { tag } }, etag)).ShouldBeAsync(HttpStatusCode.OK);
        var gained = await passes.NextAsync(p => p.RuleId == id && p.Trigger == "event" && p.Added == 1);
        Assert.Equal(0, gained.Removed);
        Assert.Contains(role, await owner.RolesOfAsync(member));

        etag = (await owner.GetAsync($"/api/v1/users/{member}")).Headers.ETag!.Tag;
        await (await owner.PatchAsJsonAsync($"/api/v1/users/{member}", new { tags = Array.Empty<string>() }, etag)).ShouldBeAsync(HttpStatusCode.OK);
        await passes.NextAsync(p => p.RuleId == id && p.Trigger == "event" && p.Removed == 1);
        Assert.DoesNotContain(role, await owner.RolesOfAsync(member));
        // The member given the role by hand never matched and keeps it: the rule never gave it.
        Assert.Contains(role, await owner.RolesOfAsync(byHand));
    }

    [Fact]
    public async Task Minutes_online_are_re_evaluated_by_the_schedule_with_a_keep_threshold()
    {
        using var owner = await app.OwnerAsync();
        var passes = app.FollowPasses();
        var tag = Api.Unique("reg");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var (regular, casual) = (await NewMemberAsync(owner), await NewMemberAsync(owner));
        // regular: 700 minutes six days ago; casual: 400 minutes (between keep and entry).
        await app.RecordSessionAsync(regular, now.AddDays(-6).AddMinutes(-700), now.AddDays(-6));
        await app.RecordSessionAsync(casual, now.AddDays(-2).AddMinutes(-400), now.AddDays(-2));
        var condition = new { type = "active_minutes", window_days = 7, at_least = 600, keep_at_least = 300 };
        var preview = await owner.PreviewAsync(new { tag, condition });
        Assert.Equal(1, preview.GetProperty("gain").GetInt32());
        var id = (await owner.CreateGroupRuleAsync(new { name = "regulars", tag, condition })).GetProperty("id").GetGuid();
        await passes.NextAsync(p => p.RuleId == id && p.Trigger == "saved");
        Assert.Contains(tag, await owner.TagsOfAsync(regular));
        Assert.DoesNotContain(tag, await owner.TagsOfAsync(casual));

        // The window slides: 400 of regular's minutes are left, above the keep threshold: kept.
        var target = now.AddDays(1).AddMinutes(-400);
        app.Clock.Advance(target - now);
        await passes.NextAsync(p => p.RuleId == id && p.Trigger == "schedule" && p.At >= target);
        using var later = await app.OwnerAsync(); // the first sign-in's token expired while the clock moved
        Assert.Contains(tag, await later.TagsOfAsync(regular));

        // 200 left, below keep: taken back, by the schedule alone.
        app.Clock.Advance(TimeSpan.FromMinutes(200));
        var pass = await passes.NextAsync(p => p.RuleId == id && p.Trigger == "schedule" && p.Removed == 1);
        Assert.Equal(0, pass.Added);
        using var last = await app.OwnerAsync();
        Assert.DoesNotContain(tag, await last.TagsOfAsync(regular));
    }

    [Fact]
    public async Task A_rule_cannot_manage_a_role_at_or_above_its_owner_and_stops_when_its_owner_is_outranked()
    {
        using var owner = await app.OwnerAsync();
        var passes = app.FollowPasses();
        var managers = await NewRoleAsync(owner, 40, ["groups.manage", "users.read"]);
        var (manager, _, _) = await app.MemberAsync(managers);
        var high = await NewRoleAsync(owner, 40);
        var tag = Api.Unique("t");
        var refused = await (await manager.PostAsJsonAsync("/api/v1/groups/rules", new { name = "up", role = high, condition = HasTag(tag) }))
            .ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("hierarchy", refused.ProblemType());
        await (await manager.PostAsJsonAsync("/api/v1/groups/rules", new { name = "admin", role = "admin", condition = HasTag(tag) }))
            .ShouldBeAsync(HttpStatusCode.Forbidden);

        var low = await NewRoleAsync(owner, 20);
        var id = (await manager.CreateGroupRuleAsync(new { name = "low", role = low, condition = HasTag(tag) })).GetProperty("id").GetGuid();
        await passes.NextAsync(p => p.RuleId == id && p.Trigger == "saved");
        var lowId = (await owner.GetJsonAsync("/api/v1/roles")).EnumerateArray().First(r => r.GetProperty("name").GetString() == low).GetProperty("id").GetString();
        var roleEtag = (await owner.GetAsync($"/api/v1/roles/{lowId}")).Headers.ETag!.Tag;
        await (await owner.PatchAsJsonAsync($"/api/v1/roles/{lowId}", new { priority = 45 }, roleEtag)).ShouldBeAsync(HttpStatusCode.OK);

        var member = await NewMemberAsync(owner, tag);
        await passes.NextAsync(p => p.RuleId == id && p.Trigger == "event");
        Assert.DoesNotContain(low, await owner.RolesOfAsync(member));
        Assert.NotEqual(JsonValueKind.Null, (await owner.GetJsonAsync($"/api/v1/groups/rules/{id}")).GetProperty("blocked_reason").ValueKind);
    }

    [Fact]
    public async Task Dry_run_records_without_changing_a_paused_rule_does_nothing_and_a_no_op_edit_writes_nothing()
    {
        using var owner = await app.OwnerAsync();
        var passes = app.FollowPasses();
        var tag = Api.Unique("t");
        var member = await NewMemberAsync(owner, tag);
        var created = await (await owner.PostAsJsonAsync("/api/v1/groups/rules", new { name = "dry", tag = tag + "d", condition = HasTag(tag), dry_run = true }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await passes.NextAsync(p => p.RuleId == id && p.Trigger == "saved");
        Assert.DoesNotContain(tag + "d", await owner.TagsOfAsync(member));
        // The member's own event pass may reach the new rule before the rule's first pass does (the
        // outbox runs late on a loaded machine): either way the dry run records them once, as an addition.
        var change = Assert.Single((await owner.GetJsonAsync($"/api/v1/groups/rules/{id}/history")).GetProperty("items").EnumerateArray());
        Assert.True(change.GetProperty("dry_run").GetBoolean());
        Assert.Equal(member, change.GetProperty("user_id").GetGuid());

        var response = await owner.GetAsync($"/api/v1/groups/rules/{id}");
        var etag = response.Headers.ETag!.Tag;
        var audits = (await owner.GetJsonAsync($"/api/v1/audit?target_id={id}")).GetProperty("items").GetArrayLength();
        var same = await owner.PatchAsJsonAsync($"/api/v1/groups/rules/{id}", new { dry_run = true, name = "dry" }, etag);
        await same.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(etag, same.Headers.ETag!.Tag);
        Assert.Equal(audits, (await owner.GetJsonAsync($"/api/v1/audit?target_id={id}")).GetProperty("items").GetArrayLength());
        await (await owner.PatchAsJsonAsync($"/api/v1/groups/rules/{id}", new { paused = true }, "\"99\"")).ShouldBeAsync(HttpStatusCode.PreconditionFailed);

        var paused = await owner.PatchAsJsonAsync($"/api/v1/groups/rules/{id}", new { paused = true, dry_run = false }, etag);
        Assert.True((await paused.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("paused").GetBoolean());
        var next = await NewMemberAsync(owner, tag);
        // Another rule's pass after the same event shows the event was processed; the paused rule ran no pass.
        var witness = (await owner.CreateGroupRuleAsync(new { name = "witness", tag = tag + "w", condition = HasTag(tag) })).GetProperty("id").GetGuid();
        await passes.NextAsync(p => p.RuleId == witness && p.Trigger == "saved");
        Assert.DoesNotContain(tag + "d", await owner.TagsOfAsync(next));
        Assert.Single((await owner.GetJsonAsync($"/api/v1/groups/rules/{id}/history")).GetProperty("items").EnumerateArray());

        await (await owner.DeleteAsync($"/api/v1/groups/rules/{id}")).ShouldBeAsync(HttpStatusCode.NoContent);
        await (await owner.GetAsync($"/api/v1/groups/rules/{id}")).ShouldBeAsync(HttpStatusCode.NotFound);
    }
}

public sealed class GroupRulesTests_Sqlite(GroupsSqliteApp app) : GroupRulesTests<GroupsSqliteApp>(app);

public sealed class GroupRulesTests_Postgres(GroupsPostgresApp app) : GroupRulesTests<GroupsPostgresApp>(app);
