#pragma once

#include "app/cli/clicommand.h"
#include "app/cli/socketioargs.h"
#include "core/model/error.h"

#include <QJsonArray>

#include <memory>
#include <optional>

class QTimer;

namespace wirescope {
class SocketIoClient;
class WireTap;
} // namespace wirescope

namespace wirescope::cli {

/// One Socket.IO conversation on the command line: joins the namespace, emits the scripted
/// events, prints what arrives (text, or one JSON object per line) and decides the exit code
/// from how it ended.
class SocketIoCommand final : public CliCommand
{
public:
    explicit SocketIoCommand(SocketIoCliOptions options);
    ~SocketIoCommand() override; ///< deletes the client before the relay

    std::optional<int> start() override;

private:
    void onConnected(const QString &sid);
    void onEvent(const QString &name, const QJsonArray &args, qint64 ackId);
    void onAck(qint64 id, const QJsonArray &args);
    void onAckTimedOut(qint64 id, const QString &event);
    void onError(const wirescope::Error &error);
    void onClosed(const QString &reason);
    void onTimeout();
    void countReceived();
    void closeIfDone();
    void printLine(char arrow, const QString &text);
    void finish(int code);
    int exitCode() const;

    SocketIoCliOptions m_options;
    std::unique_ptr<WireTap> m_tap; ///< declared before the client
    SocketIoClient *m_client;       // child
    QTimer *m_timeout;              // child
    std::optional<Error> m_error;
    int m_received = 0;
    int m_pendingAcks = 0;
    bool m_ackTimedOut = false;
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_closeRequested = false;
};

} // namespace wirescope::cli
