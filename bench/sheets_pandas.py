"""The pandas baseline for bench/sheets.bench.ts: the same profile and ten-step plan, vectorised.

Usage: python3 bench/sheets_pandas.py DATA.csv RUNS [CLEAN_OUT.csv]  ->  prints one JSON line {median_ms, runs_ms, peak_mb, rows_out}
       python3 bench/sheets_pandas.py clean DATA.csv OUT.csv  ->  read, the ten steps, write: what `dsplus clean` does, as a whole process
"""
import json
import resource
import sys
import time
import warnings

import numpy as np
import pandas as pd

NULL_TOKENS = ["N/A", "NA", "null", "-", "--", "无", "空"]
NULL_LOWER = {t.lower() for t in NULL_TOKENS}
HALF = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
HALF[0x3000] = 0x20
WS = r"[\s\u3000\u00a0]"


def parse_number(s: pd.Series) -> pd.Series:
    t = s.str.translate(HALF).str.strip()
    neg = (t.str.startswith("(") & t.str.endswith(")")).fillna(False).astype(bool)
    t = t.where(~neg, t.str.slice(1, -1))
    t = t.str.replace(r"^(?:RMB|CNY|[¥￥$€])\s*|\s*(?:RMB|CNY|元|[¥￥$€])$", "", regex=True, case=False)
    pct = t.str.endswith("%").fillna(False).astype(bool)
    t = t.where(~pct, t.str.slice(0, -1))
    unit = t.str.slice(-1).map({"千": 1e3, "万": 1e4, "亿": 1e8})
    t = t.where(unit.isna(), t.str.slice(0, -1))
    t = t.str.replace(r"[,，]", "", regex=True)
    v = pd.to_numeric(t, errors="coerce")
    v = v * unit.fillna(1) / np.where(pct, 100, 1)
    v = v.where(~neg, -v)
    return v


def parse_date(s: pd.Series) -> pd.Series:
    t = s.str.strip()
    a = t.str.extract(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
    b = t.str.extract(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$")
    c = t.str.extract(r"^(\d{4})(\d{2})(\d{2})$")
    ymd = a.fillna(b).fillna(c).astype(float)
    dt = pd.to_datetime(pd.DataFrame({"year": ymd[0], "month": ymd[1], "day": ymd[2]}), errors="coerce")
    serial = pd.to_numeric(t.where(c[0].isna()), errors="coerce")
    serial = serial.where((serial >= 1) & (serial <= 2958465))
    dt = dt.fillna(pd.Timestamp("1899-12-30") + pd.to_timedelta(np.floor(serial), unit="D"))
    out = dt.dt.strftime("%Y-%m-%d")
    return out.where(dt.notna(), s)


def is_missing(s: pd.Series) -> pd.Series:
    t = s.astype("string").str.strip()
    return s.isna() | (t == "") | t.str.lower().isin(NULL_LOWER)


def profile(df: pd.DataFrame) -> dict:
    out = {"rows": len(df), "duplicateRows": int(df.duplicated().sum()), "columns": []}
    for name in df.columns:
        s = df[name]
        miss = is_missing(s)
        present = s[~miss]
        col = {
            "name": name,
            "missing": int(miss.sum()),
            "distinct": int(present.nunique()),
            "top": present.value_counts().head(5).to_dict(),
            "fullWidth": int(s.str.contains(r"[\uff01-\uff5e\u3000]", regex=True, na=False).sum()),
            "straySpaces": int(s.str.contains(rf"^{WS}|{WS}$|{WS}{{2}}", regex=True, na=False).sum()),
        }
        nums = parse_number(present)
        if nums.notna().mean() >= 0.8:
            q1, q3 = nums.quantile([0.25, 0.75])
            iqr = q3 - q1
            col["stats"] = {**nums.describe().to_dict(), "outliers": int(((nums < q1 - 1.5 * iqr) | (nums > q3 + 1.5 * iqr)).sum())}
        else:
            dates = parse_date(present)
            ok = dates.str.match(r"^\d{4}-\d{2}-\d{2}$", na=False)
            if ok.mean() >= 0.8:
                col["dateRange"] = [dates[ok].min(), dates[ok].max()]
        out["columns"].append(col)
    return out


def plan(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    for c in df.columns:  # 1 trim
        df[c] = df[c].str.replace(rf"^{WS}+|{WS}+$", "", regex=True).str.replace(rf"{WS}+", " ", regex=True)
    for c in df.columns:  # 2 toHalfWidth
        df[c] = df[c].str.translate(HALF)
    for c in df.columns:  # 3 nullify
        df[c] = df[c].mask(df[c].str.strip().isin(NULL_TOKENS))
    df["下单日期"] = parse_date(df["下单日期"])  # 4
    for c in ["数量", "单价", "销售额"]:  # 5-7
        v = parse_number(df[c])
        df[c] = v.astype(object).where(v.notna(), df[c])
    mapping = {"华东区": "华东", "华北地区": "华北", "華南": "华南", "西南区": "西南", "東北": "东北"}  # 8
    df["地区"] = df["地区"].map(lambda x: mapping.get(x.strip(), x) if isinstance(x, str) else x)
    df["数量"] = df["数量"].where(~is_missing(df["数量"]), 0)  # 9
    return df.drop_duplicates(subset=["订单编号"], keep="first")  # 10


def read(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return df.replace("", None)


def main() -> None:
    warnings.simplefilter("ignore", RuntimeWarning)  # NaN serials cast in to_timedelta; they are masked out
    if sys.argv[1] == "clean":
        plan(read(sys.argv[2])).to_csv(sys.argv[3], index=False)
        return
    path, runs = sys.argv[1], int(sys.argv[2])
    df = read(path)
    times = []
    rows_out = 0
    for i in range(runs + 1):
        t0 = time.perf_counter()
        profile(df)
        rows_out = len(plan(df))
        ms = (time.perf_counter() - t0) * 1000
        if i > 0:
            times.append(ms)
    if len(sys.argv) > 3:
        plan(df).to_csv(sys.argv[3], index=False)
    times.sort()
    mid = len(times) // 2
    median = times[mid] if len(times) % 2 else (times[mid - 1] + times[mid]) / 2
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"median_ms": median, "runs_ms": times, "peak_mb": peak, "rows_out": rows_out, "pandas": pd.__version__}))


if __name__ == "__main__":
    main()
