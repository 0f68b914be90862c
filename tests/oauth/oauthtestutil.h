#pragma once

// Waiting for one ticket's outcome of the oauth services, bounded, without a nested event loop
// in product code (QTest::qWaitFor spins the test's own loop).
#include "core/model/error.h"
#include "core/oauth/oauthtoken.h"

#include <QObject>
#include <QTest>

#include <optional>

namespace wirescope::test {

struct TokenOutcome
{
    std::optional<oauth::OAuthToken> token;
    std::optional<Error> error;
    bool done() const { return token || error; }
    QString describe() const { return error ? error->message : QStringLiteral("(a token)"); }
};

/// Waits for @p service's tokenSignal/failSignal carrying @p ticket.
template<typename Service, typename TokenSignal, typename FailSignal>
TokenOutcome waitForTicket(Service *service,
                           TokenSignal tokenSignal,
                           FailSignal failSignal,
                           quint64 ticket,
                           int timeoutMs = 20000)
{
    TokenOutcome out;
    QObject guard;
    QObject::connect(service, tokenSignal, &guard,
                     [&out, ticket](quint64 t, const oauth::OAuthToken &token) {
                         if (t == ticket)
                             out.token = token;
                     });
    QObject::connect(service, failSignal, &guard, [&out, ticket](quint64 t, const Error &error) {
        if (t == ticket)
            out.error = error;
    });
    if (!QTest::qWaitFor([&out] { return out.done(); }, timeoutMs))
        out.error = Error{Error::Kind::Timeout, QStringLiteral("test: no outcome in time")};
    return out;
}

} // namespace wirescope::test
