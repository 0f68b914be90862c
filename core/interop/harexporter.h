#pragma once

#include "core/interop/exportreport.h"
#include "core/model/exchange.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace wirescope {

struct HarExportOptions
{
    /// Response bodies up to this size are embedded (text, or base64 when binary); larger ones
    /// are left out with a comment and a report warning. 0 = never embed bodies.
    qint64 maxBodyBytes = 16 * 1024 * 1024;
};

/// @p exchanges (history or a run) as a HAR 1.2 log with creator "Wirescope".
///
/// Timings come from our measured Timings only, never invented: a phase we did not measure or
/// that does not apply (dns/connect on a reused connection) is -1. When the TLS handshake is
/// inside `connect` (Timings::tlsIncludedInConnect), `ssl` is -1 and `connect` includes it,
/// which is what HAR means by connect anyway; when TLS was measured on its own, `connect` is
/// TCP + TLS and `ssl` repeats the TLS part. HAR requires send/wait/receive to be numbers >= 0:
/// one we could not measure is written as 0 and named in timings.comment and in
/// `_wirescope.unmeasured`. `time` is our measured total; the phases (ssl excluded, being
/// inside connect) add up to at most that, the rest is time between the events Qt reports,
/// attributed to no phase (timings.comment says how much).
///
/// An exchange that got no response has status 0 and `_wirescope.error`. An exchange without
/// a start time is skipped and listed in @p report. Redirects followed inside one exchange are
/// listed in `_wirescope.redirects` (HAR would give each hop an entry; we have one exchange).
QJsonObject exportHar(const QList<Exchange> &exchanges,
                      const HarExportOptions &options = {},
                      ExportReport *report = nullptr);

/// Indented UTF-8 JSON text of @p har, as written to a .har file.
QByteArray harJsonText(const QJsonObject &har);

} // namespace wirescope
