namespace Responsibility.Api.Meetings;

using Mediator;
using Responsibility.Api.OpenApi;
using Responsibility.Api.Reports;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Ballots;
using Responsibility.Reports.Layouts;

/// <summary>党总支扩大会: recorded with the report it heard, its decisions carried out as instructions, its minutes as a 公文.</summary>
public static class MeetingsApi
{
    public static readonly string[] MinutesFormats = ["md", "html", "docx"];

    public static RouteGroupBuilder MapMeetings(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").WithTags("Meetings").RequireAuthorization();
        api.MapPost("/brigades/{brigadeId}/meetings", Record)
            .Documented("recordMeeting", "Record the month's 党总支扩大会 with the monthly report it heard (brigade leaders or the office clerk; the chair is a leader)", 400, 403, 404, 413);
        api.MapGet("/brigades/{brigadeId}/meetings", List)
            .Documented("listMeetings", "The brigade's meetings, newest first", 400, 403, 404);
        api.MapGet("/meetings/{meetingId}", Get)
            .Documented("getMeeting", "A meeting with its decisions and where each unit's instruction stands", 400, 403, 404);
        api.MapPost("/meetings/{meetingId}/decisions", Decide)
            .Documented("addDecision", "Add a decision (议定事项): an instruction to each unit, supervised by a leader, due by a date", 400, 403, 404, 409, 413);
        api.MapGet("/meetings/{meetingId}/minutes", Minutes)
            .Produces(StatusCodes.Status200OK, typeof(string), "text/markdown", "text/html", ReportFormat.DocxContentType)
            .Documented("getMeetingMinutes", "The minutes (会议纪要) as Markdown, HTML or Word", 400, 403, 404);
        api.MapPost("/meetings/{meetingId}/ballots", Vote)
            .Documented("castBallot", "Cast an anonymous 民主测评 ballot for one leader at a 述责述廉 meeting (its attendees, once per leader)", 400, 403, 404, 409, 413);
        api.MapGet("/meetings/{meetingId}/ballots/mine", Mine)
            .Documented("listMyBallots", "The leaders the caller has already rated at the meeting (never what they gave)", 400, 403, 404, 409);
        api.MapGet("/meetings/{meetingId}/ratings", Ratings)
            .Documented("getRatings", "民主测评 results per leader: ballots counted, averages, 档次 counts, never who voted (live until closed)", 400, 403, 404, 409);
        api.MapPost("/meetings/{meetingId}/ratings/close", Close)
            .Documented("closeRating", "Close the 民主测评 (a brigade leader): results final; below the threshold a 提醒谈话 for the 第一责任人", 400, 403, 404, 409);
        return api;
    }

    private static async Task<NoContent> Vote(string meetingId, CastBallot body, ISender sender)
    {
        await sender.Send(body with { MeetingId = meetingId });
        return TypedResults.NoContent();
    }

    private static async Task<Ok<string[]>> Mine(string meetingId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetMyBallots(meetingId)));

    private static async Task<Ok<MeetingRatings>> Ratings(string meetingId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetRatings(meetingId)));

    private static async Task<Ok<MeetingRatings>> Close(string meetingId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new CloseRating(meetingId)));

    private static async Task<Created<MeetingResponse>> Record(string brigadeId, RecordMeeting body, ISender sender)
    {
        var meeting = await sender.Send(body with { BrigadeId = brigadeId });
        return TypedResults.Created($"/api/v1/meetings/{meeting.Id}", meeting);
    }

    private static async Task<Ok<MeetingResponse[]>> List(string brigadeId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new ListMeetings(brigadeId)));

    private static async Task<Ok<MeetingResponse>> Get(string meetingId, ISender sender) =>
        TypedResults.Ok(await sender.Send(new GetMeeting(meetingId)));

    private static async Task<Created<MeetingResponse>> Decide(string meetingId, AddDecision body, ISender sender)
    {
        var meeting = await sender.Send(body with { MeetingId = meetingId });
        return TypedResults.Created($"/api/v1/meetings/{meeting.Id}", meeting);
    }

    /// <summary>The minutes as Markdown (default), HTML or Word, in the reports' GB/T 9704 layout.</summary>
    private static async Task<IResult> Minutes(string meetingId, string? format, HttpRequest request, ISender sender)
    {
        if (format is not null && !MinutesFormats.Contains(format))
        {
            throw DomainException.Invalid("format", "格式须为 md、html 或 docx。");
        }

        var minutes = await sender.Send(new GetMinutes(meetingId));
        return ReportFormat.Render(
            format ?? "md", minutes, MinutesLayout.Build(minutes), MinutesLayout.FileName(minutes), request, $"/meetings/{Uri.EscapeDataString(meetingId)}");
    }
}
