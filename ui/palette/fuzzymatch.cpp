#include "ui/palette/fuzzymatch.h"

namespace wirescope::palette {

namespace {

bool isWordStart(const QString &text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    const QChar here = text.at(i);
    return !before.isLetterOrNumber() || (before.isLower() && here.isUpper());
}

/// Scattered characters in order: more for word starts and runs, nothing when one is missing.
int scatteredScore(const QString &pattern, const QString &text)
{
    int score = 0;
    qsizetype from = 0;
    qsizetype last = -2;
    for (const QChar c : pattern) {
        const qsizetype at = text.indexOf(c, from, Qt::CaseInsensitive);
        if (at < 0)
            return -1;
        score += 1;
        if (isWordStart(text, at))
            score += 8;
        if (at == last + 1)
            score += 4;
        last = at;
        from = at + 1;
    }
    return score;
}

} // namespace

int fuzzyScore(const QString &pattern, const QString &text)
{
    const QString typed = pattern.trimmed();
    if (typed.isEmpty())
        return 0;
    const int scattered = scatteredScore(typed, text);
    if (scattered < 0)
        return -1;
    // Tiers keep a prefix above any word match, a word match above any substring, and so on;
    // within a tier a shorter text wins.
    const int shortness = qMax(0, 200 - int(text.size()));
    if (text.startsWith(typed, Qt::CaseInsensitive))
        return 40000 + shortness;
    qsizetype at = text.indexOf(typed, 0, Qt::CaseInsensitive);
    bool wordMatch = false;
    for (qsizetype i = at; i >= 0; i = text.indexOf(typed, i + 1, Qt::CaseInsensitive)) {
        if (isWordStart(text, i)) {
            wordMatch = true;
            break;
        }
    }
    if (wordMatch)
        return 30000 + shortness;
    if (at >= 0)
        return 20000 + shortness;
    return 10000 + qMin(scattered * 10, 9000) + shortness / 4;
}

} // namespace wirescope::palette
