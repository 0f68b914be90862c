#include "ui/widgets/displayformat.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLocale>

namespace wirescope::display {

QString bytes(qint64 size)
{
    if (size < 1024)
        return QCoreApplication::translate("display", "%n B", nullptr, int(size));
    static const char *const units[] = {"KB", "MB", "GB", "TB"};
    double value = double(size);
    int unit = -1;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    return QLocale().toString(value, 'f', value < 10 ? 2 : 1) + u' ' + QLatin1String(units[unit]);
}

QString milliseconds(double ms)
{
    const int decimals = ms < 10 ? 2 : (ms < 100 ? 1 : 0);
    return QLocale().toString(ms, 'f', decimals) + QStringLiteral(" ms");
}

QFont fixedFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

} // namespace wirescope::display
