#include "core/secrets/secretstore.h"

#include <QTimer>

#include <memory>

#include <qt6keychain/keychain.h>

namespace wirescope {

struct SecretStore::Batch
{
    Op op = Op::Read;
    qsizetype pending = 0;
    SecretReadResult read;
    SecretWriteResult write;
};

SecretStore::SecretStore(Backend backend, const QString &service, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_service(service)
{
    if (m_backend == Backend::SessionOnly) {
        m_available = false;
        m_unavailableReason = QStringLiteral("the keychain is turned off");
    }
}

SecretStore::~SecretStore()
{
    qDeleteAll(m_batches);
}

QString SecretStore::unavailableMessage(const QString &reason)
{
    return QStringLiteral("No keychain available (%1): secrets are kept in memory for this "
                          "session only and are not saved anywhere")
        .arg(reason);
}

void SecretStore::setAvailable(bool available, const QString &reason)
{
    const bool changed = m_available != available || m_unavailableReason != reason;
    m_available = available;
    m_unavailableReason = available ? QString() : reason;
    if (changed)
        emit availabilityChanged(available, m_unavailableReason);
}

quint64 SecretStore::begin(Op op, qsizetype jobs)
{
    const quint64 ticket = m_nextTicket++;
    auto *batch = new Batch;
    batch->op = op;
    batch->pending = jobs;
    m_batches.insert(ticket, batch);
    // Results are always delivered later, also when there was nothing to do, so callers
    // can connect after calling.
    if (jobs == 0)
        QTimer::singleShot(0, this, [this, ticket] { finishIfDone(ticket); });
    return ticket;
}

quint64 SecretStore::probe()
{
    if (m_backend == Backend::SessionOnly) {
        return begin(Op::Probe, 0);
    }
    const quint64 ticket = begin(Op::Probe, 1);
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(QStringLiteral("wirescope-availability-probe"));
    connect(job, &QKeychain::Job::finished, this,
            [this, ticket](QKeychain::Job *j) { onJobFinished(ticket, {}, j, {}); });
    job->start();
    return ticket;
}

quint64 SecretStore::write(const QHash<QString, QString> &values)
{
    if (m_backend == Backend::SessionOnly) {
        const quint64 ticket = begin(Op::Write, 0);
        Batch *batch = m_batches.value(ticket);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            m_session.insert(it.key(), it.value());
            batch->write.sessionOnly.append(it.key());
        }
        if (!values.isEmpty())
            batch->write.error = unavailableMessage(m_unavailableReason);
        return ticket;
    }
    const quint64 ticket = begin(Op::Write, values.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        auto *job = new QKeychain::WritePasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plain-text file
        job->setKey(it.key());
        job->setTextData(it.value());
        const QString key = it.key();
        const QString value = it.value();
        connect(job, &QKeychain::Job::finished, this,
                [this, ticket, key, value](QKeychain::Job *j) {
                    onJobFinished(ticket, key, j, value);
                });
        job->start();
    }
    return ticket;
}

quint64 SecretStore::read(const QStringList &keys)
{
    QStringList fromKeychain;
    QHash<QString, QString> fromSession;
    for (const QString &key : keys) {
        // A session value is newer than anything in the keychain: it exists because the
        // keychain refused the last write.
        if (m_session.contains(key))
            fromSession.insert(key, m_session.value(key));
        else if (m_backend == Backend::Keychain)
            fromKeychain.append(key);
    }
    const quint64 ticket = begin(Op::Read, fromKeychain.size());
    Batch *batch = m_batches.value(ticket);
    for (auto it = fromSession.cbegin(); it != fromSession.cend(); ++it) {
        batch->read.values.insert(it.key(), it.value());
        batch->read.sessionOnly.append(it.key());
    }
    if (m_backend == Backend::SessionOnly) {
        for (const QString &key : keys) {
            if (!fromSession.contains(key))
                batch->read.missing.append(key);
        }
        return ticket;
    }
    for (const QString &key : std::as_const(fromKeychain)) {
        auto *job = new QKeychain::ReadPasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this,
                [this, ticket, key](QKeychain::Job *j) { onJobFinished(ticket, key, j, {}); });
        job->start();
    }
    return ticket;
}

quint64 SecretStore::remove(const QStringList &keys)
{
    for (const QString &key : keys)
        m_session.remove(key);
    if (m_backend == Backend::SessionOnly)
        return begin(Op::Remove, 0);
    const quint64 ticket = begin(Op::Remove, keys.size());
    for (const QString &key : keys) {
        auto *job = new QKeychain::DeletePasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this,
                [this, ticket, key](QKeychain::Job *j) { onJobFinished(ticket, key, j, {}); });
        job->start();
    }
    return ticket;
}

void SecretStore::onJobFinished(quint64 ticket,
                                const QString &key,
                                QKeychain::Job *job,
                                const QString &writtenValue)
{
    Batch *batch = m_batches.value(ticket);
    if (!batch)
        return;
    const QKeychain::Error error = job->error();
    const bool works = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
    if (works)
        setAvailable(true, {});
    else
        setAvailable(false, job->errorString());

    switch (batch->op) {
    case Op::Probe:
        break;
    case Op::Read:
        if (error == QKeychain::NoError) {
            batch->read.values.insert(key,
                                      static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
        } else {
            batch->read.missing.append(key);
            if (!works)
                batch->read.error =
                    QStringLiteral("Cannot read secrets from the keychain: ") + job->errorString();
        }
        break;
    case Op::Write:
        if (error == QKeychain::NoError) {
            m_session.remove(key);
            batch->write.stored.append(key);
        } else {
            m_session.insert(key, writtenValue);
            batch->write.sessionOnly.append(key);
            batch->write.error = unavailableMessage(job->errorString());
        }
        break;
    case Op::Remove:
        if (works) {
            batch->write.stored.append(key);
        } else {
            batch->write.sessionOnly.append(key);
            batch->write.error =
                QStringLiteral("Cannot remove secrets from the keychain: ") + job->errorString();
        }
        break;
    }
    --batch->pending;
    finishIfDone(ticket);
}

void SecretStore::finishIfDone(quint64 ticket)
{
    Batch *batch = m_batches.value(ticket);
    if (!batch || batch->pending > 0)
        return;
    m_batches.remove(ticket);
    const std::unique_ptr<Batch> owned(batch);
    switch (batch->op) {
    case Op::Probe:
        emit probeFinished(ticket, m_available.value_or(false), m_unavailableReason);
        break;
    case Op::Read:
        emit readFinished(ticket, batch->read);
        break;
    case Op::Write:
        emit writeFinished(ticket, batch->write);
        break;
    case Op::Remove:
        emit removeFinished(ticket, batch->write);
        break;
    }
}

} // namespace wirescope
