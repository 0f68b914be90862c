#pragma once

#include "core/http/httpclient.h"
#include "core/http/requestrun.h"
#include "core/model/exchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

/// Sends @p request through @p client and waits (bounded) for the exchange to finish.
inline wirescope::Exchange sendAndWait(wirescope::HttpClient &client,
                                       const wirescope::Request &request,
                                       const wirescope::VariableContext &context = {},
                                       int timeoutMs = 20000)
{
    wirescope::RequestRun *run = client.send(request, context);
    QSignalSpy spy(run, &wirescope::RequestRun::finished);
    if (!spy.wait(timeoutMs)) {
        run->deleteLater();
        qWarning("exchange did not finish within %d ms", timeoutMs);
        wirescope::Exchange none;
        none.error =
            wirescope::Error{wirescope::Error::Kind::Other, QStringLiteral("test: no finish")};
        return none;
    }
    const auto exchange = spy.first().first().value<wirescope::Exchange>();
    run->deleteLater();
    return exchange;
}

/// The response body of @p exchange parsed as a JSON object (empty without a response): what
/// the verifier peers answer.
inline QJsonObject responseJson(const wirescope::Exchange &exchange)
{
    if (!exchange.response)
        return {};
    return QJsonDocument::fromJson(exchange.response->body.read(1 << 20)).object();
}

/// The invariants every exchange keeps: phases are non-negative and add up to at most total.
inline bool timingsConsistent(const wirescope::Timings &t, QString *why)
{
    double sum = 0;
    for (const auto &phase : {t.dns, t.blocked, t.connect, t.tls, t.send, t.wait, t.download}) {
        if (phase) {
            if (*phase < 0) {
                *why = QStringLiteral("negative phase");
                return false;
            }
            sum += *phase;
        }
    }
    if (sum > t.total + 1e-6) {
        *why = QStringLiteral("phases %1 ms > total %2 ms").arg(sum).arg(t.total);
        return false;
    }
    if (t.reusedConnection && (t.dns || t.connect || t.tls)) {
        *why = QStringLiteral("reused connection with connect-phase figures");
        return false;
    }
    return true;
}

#define VERIFY_TIMINGS(exchange)                                                                   \
    do {                                                                                           \
        QString why_;                                                                              \
        QVERIFY2(timingsConsistent((exchange).timings, &why_), qPrintable(why_));                  \
    } while (false)

#define VERIFY_OK(exchange)                                                                        \
    QVERIFY2((exchange).ok(), qPrintable((exchange).error ? (exchange).error->message              \
                                                          : QStringLiteral("no response")))
