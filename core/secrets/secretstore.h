#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace QKeychain {
class Job;
}

namespace wirescope {

/// Outcome of SecretStore::read().
struct SecretReadResult
{
    QHash<QString, QString> values; ///< key -> value for every key found
    QStringList missing;            ///< keys with no value anywhere
    QStringList sessionOnly;        ///< keys whose value came from this session's memory
    QString error;                  ///< empty, or why the keychain could not be read
};

/// Outcome of SecretStore::write() and SecretStore::remove().
struct SecretWriteResult
{
    QStringList stored;      ///< keys now in the OS keychain (or removed from it)
    QStringList sessionOnly; ///< keys kept in memory only: no keychain (see error)
    QString error;           ///< empty, or why the keychain could not be used
};

/// Secret values (variables marked secret) in the OS keychain through QtKeychain (Secret
/// Service / gnome-keyring / KWallet on Linux), under the service name "wirescope".
///
/// Asynchronous: each call returns a ticket and later emits the matching *Finished signal
/// once every key of the call is done. When the keychain is unavailable (no session bus, no
/// Secret Service, access denied), values written are kept in memory for this session only,
/// the result says so with the keychain's own error, and available() turns false. A secret
/// is NEVER written to a file as a fallback (QtKeychain's insecure fallback stays off).
///
/// Backend::SessionOnly never touches the keychain (a user who opted out, tests).
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Backend { Keychain, SessionOnly };

    explicit SecretStore(Backend backend = Backend::Keychain,
                         const QString &service = QStringLiteral("wirescope"),
                         QObject *parent = nullptr);
    ~SecretStore() override;

    Backend backend() const { return m_backend; }
    QString service() const { return m_service; }

    /// Whether the keychain works: nullopt until a probe or an operation found out.
    std::optional<bool> available() const { return m_available; }
    /// Why the keychain is unavailable (QtKeychain's message), empty when it works.
    QString unavailableReason() const { return m_unavailableReason; }

    /// Finds out whether the keychain works (reads a key that does not exist: "not found"
    /// means it works). Emits probeFinished(ticket, available, reason) when done.
    quint64 probe();

    /// Stores each key -> value. Emits writeFinished(ticket, result).
    quint64 write(const QHash<QString, QString> &values);
    /// Reads @p keys. Emits readFinished(ticket, result).
    quint64 read(const QStringList &keys);
    /// Removes @p keys from the keychain and from session memory. Emits removeFinished().
    quint64 remove(const QStringList &keys);

signals:
    /// The keychain turned out to work or not (emitted when that changes).
    void availabilityChanged(bool available, const QString &reason);
    void probeFinished(quint64 ticket, bool available, const QString &reason);
    void writeFinished(quint64 ticket, const wirescope::SecretWriteResult &result);
    void readFinished(quint64 ticket, const wirescope::SecretReadResult &result);
    void removeFinished(quint64 ticket, const wirescope::SecretWriteResult &result);

private:
    struct Batch;
    enum class Op { Probe, Write, Read, Remove };

    quint64 begin(Op op, qsizetype jobs);
    void onJobFinished(quint64 ticket,
                       const QString &key,
                       QKeychain::Job *job,
                       const QString &writtenValue);
    void finishIfDone(quint64 ticket);
    void setAvailable(bool available, const QString &reason);
    static QString unavailableMessage(const QString &reason);

    Backend m_backend;
    QString m_service;
    std::optional<bool> m_available;
    QString m_unavailableReason;
    QHash<QString, QString> m_session; ///< values the keychain could not take (memory only)
    QHash<quint64, Batch *> m_batches; // owned
    quint64 m_nextTicket = 1;
};

} // namespace wirescope
