#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace wirescope::store {

/// Strict, typed reading of one JSON object for the store's codecs. An absent key gives the
/// default; a present key of the wrong type (or an integer out of range) records an error
/// naming its JSON path ("headers[2].value: expected a string, found a number") and gives the
/// default. Child readers share the parent's error, so the first problem of a whole file is
/// kept. Strings longer than maxStringLength() are refused the same way.
class JsonReader final
{
public:
    explicit JsonReader(const QJsonObject &object, QString path = {});

    bool failed() const { return !m_error->isEmpty(); }
    QString error() const { return *m_error; }
    /// Records @p message for @p key unless an error is already recorded.
    void fail(const QString &key, const QString &message);

    bool has(QLatin1String key) const { return m_object.contains(key); }
    QString string(QLatin1String key, const QString &fallback = {});
    bool boolean(QLatin1String key, bool fallback);
    qint64 integer(QLatin1String key, qint64 fallback, qint64 min, qint64 max);
    QStringList stringList(QLatin1String key);
    /// A base64 string (key) decoded; records an error when it is not valid base64.
    QByteArray base64(QLatin1String key);

    /// Calls @p fn with a reader for the object under @p key (nothing when absent).
    void object(QLatin1String key, const std::function<void(JsonReader &)> &fn);
    /// Calls @p fn with a reader for each element of the array under @p key; every element
    /// must be an object.
    void objects(QLatin1String key, const std::function<void(JsonReader &)> &fn);

    static constexpr qsizetype maxStringLength() { return 64 * 1024 * 1024; }

private:
    /// A child reader: its path is built from the parent's only when an error needs it.
    JsonReader(const QJsonObject &object,
               const JsonReader *parent,
               QLatin1String key,
               qsizetype index);
    QString path() const;
    QString childPath(const QString &key) const;
    bool expect(QLatin1String key, const QJsonValue &value, QJsonValue::Type type);

    QJsonObject m_object;
    QString m_rootPath;
    const JsonReader *m_parent = nullptr; // not owned; outlives this reader
    QLatin1String m_key;
    qsizetype m_index = -1;
    std::shared_ptr<QString> m_error;
};

/// Inserts @p value under @p key unless it is empty (how the codecs omit default fields).
void putString(QJsonObject &object, QLatin1String key, const QString &value);
/// Inserts @p value under @p key unless it equals @p fallback.
void putBool(QJsonObject &object, QLatin1String key, bool value, bool fallback);
void putInt(QJsonObject &object, QLatin1String key, qint64 value, qint64 fallback);
/// Inserts @p value unless it is an empty object or array.
void putObject(QJsonObject &object, QLatin1String key, const QJsonObject &value);
void putArray(QJsonObject &object, QLatin1String key, const QJsonArray &value);
/// Bytes as text under @p textKey when they are valid UTF-8 that round-trips exactly, else
/// base64 under @p base64Key. Nothing for empty bytes.
void putBytes(QJsonObject &object,
              QLatin1String textKey,
              QLatin1String base64Key,
              const QByteArray &bytes);
/// Inverse of putBytes().
QByteArray readBytes(JsonReader &reader, QLatin1String textKey, QLatin1String base64Key);

} // namespace wirescope::store
