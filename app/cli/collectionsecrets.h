#pragma once

#include <QObject>

namespace wirescope {
class SecretStore;
struct Collection;
struct SecretReadResult;
} // namespace wirescope

namespace wirescope::cli {

/// Fills a collection's secret values (secret variables, credentials) from the OS keychain
/// for a command that sends from it (`run`, `send --saved`). With --no-keychain it only warns
/// how many credentials stay empty. A keychain that fails or does not answer within 10 s is
/// reported as a warning and the command goes on without it. ready() follows exactly once,
/// from the event loop.
class CollectionSecrets final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionSecrets)

public:
    explicit CollectionSecrets(QObject *parent = nullptr);

    /// Starts filling @p collection (not owned; it must outlive this object).
    void fill(Collection *collection, bool noKeychain);

Q_SIGNALS:
    void ready();

private:
    void onRead(const SecretReadResult &result);
    void finish();

    Collection *m_collection = nullptr; // not owned
    SecretStore *m_store = nullptr;     // child
    bool m_finished = false;
};

} // namespace wirescope::cli
