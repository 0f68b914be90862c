#include "core/runner/datafile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wirescope {

namespace {

Error parseError(const QString &message)
{
    return Error{Error::Kind::Parse, message};
}

} // namespace

Result<QList<DataRow>> parseCsvData(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<QStringList> records;
    QList<int> recordLines; // line on which each record starts, for messages
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    auto endField = [&] {
        record.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record.first().isEmpty())) { // skip blank lines
            records.append(record);
            recordLines.append(recordLine);
        }
        record.clear();
        recordLine = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            continue; // the \n ends the record
        } else if (c == u'\n' || c == u'\r') {
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return parseError(QStringLiteral("CSV: a quoted field opened on line %1 is never closed")
                              .arg(recordLine));
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();

    if (records.isEmpty())
        return parseError(
            QStringLiteral("CSV: the file is empty (the first row must name the columns)"));
    const QStringList header = records.first();
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (header[c].trimmed().isEmpty())
            return parseError(
                QStringLiteral("CSV: column %1 of the header row has no name").arg(c + 1));
    }
    QList<DataRow> rows;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &fields = records[r];
        if (fields.size() != header.size()) {
            return parseError(QStringLiteral("CSV line %1: %2 fields, but the header has %3")
                                  .arg(recordLines[r])
                                  .arg(fields.size())
                                  .arg(header.size()));
        }
        DataRow row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.append({header[c].trimmed(), fields[c]});
        rows.append(row);
    }
    return rows;
}

Result<QList<DataRow>> parseJsonData(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return parseError(QStringLiteral("JSON data: %1 at offset %2")
                              .arg(error.errorString())
                              .arg(error.offset));
    if (!doc.isArray())
        return parseError(QStringLiteral("JSON data: expected an array of objects"));
    QList<DataRow> rows;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject())
            return parseError(QStringLiteral("JSON data: element %1 is not an object").arg(i));
        const QJsonObject object = array[i].toObject();
        DataRow row;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue v = it.value();
            QString text;
            if (v.isString())
                text = v.toString();
            else
                text =
                    QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                        .chopped(1)
                        .mid(1);
            row.append({it.key(), text});
        }
        rows.append(row);
    }
    return rows;
}

Result<QList<DataRow>> readDataFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::File,
                     QStringLiteral("cannot read data file %1: %2").arg(path, file.errorString())};
    const QByteArray data = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return parseCsvData(data);
    if (suffix == u"json")
        return parseJsonData(data);
    return Error{Error::Kind::InvalidRequest,
                 QStringLiteral("data file %1: use a .csv or .json file").arg(path)};
}

} // namespace wirescope
