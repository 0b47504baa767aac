using PeerSupport.Datasets;
using PeerSupport.Domain;

namespace PeerSupport.Analytics.Engagement;

/// <summary>Recorded speaking minutes per session of one group: the total and the number of attendees with a recorded value.</summary>
internal static class SessionSpeakingTotals
{
    public static Dictionary<SessionId, (double Total, int Speakers)> Of(GroupHistory group, DateOnly asOf)
    {
        var sessions = group.SessionsAsOf(asOf);
        var totals = new Dictionary<SessionId, (double Total, int Speakers)>(sessions.Length);
        foreach (var session in sessions)
        {
            var total = 0.0;
            var speakers = 0;
            foreach (var row in group.AttendanceAt(session.Id))
            {
                if (row.Attended && row.SpeakingMinutes is { } minutes)
                {
                    total += minutes;
                    speakers++;
                }
            }

            totals[session.Id] = (total, speakers);
        }

        return totals;
    }
}
