// T-account balance sheets of the Fed and of the banks, in billions of US dollars, before and after QE.
import type { Localized } from "../../i18n/locales";

export interface FedBalanceSheet {
  assets: { treasuries: number; other: number };
  /** The Fed's own capital is tiny and sits inside `currencyAndOther`, so assets = liabilities. */
  liabilities: { reserves: number; currencyAndOther: number };
}

/** All US banks added together and drawn as one bank, so its reserves are exactly the reserves the Fed owes. */
export interface BankBalanceSheet {
  assets: { treasuries: number; reserves: number; loans: number };
  liabilitiesAndEquity: { deposits: number; equity: number };
}

/**
 * The Fed before any purchase: round teaching numbers. The asset side is about the size of the Fed's balance
 * sheet in April 2025 (content/data/fed_balance_sheet_weekly.csv: Treasuries about $4.2tn, total about
 * $6.7tn); the split of the liabilities is a round assumption, not a data point.
 */
export const fedBaseline: FedBalanceSheet = {
  assets: { treasuries: 4_200, other: 2_500 },
  liabilities: { reserves: 3_200, currencyAndOther: 3_500 },
};

/**
 * The banks before any purchase: round teaching numbers, not data. Reserves equal the Fed's; Treasuries are
 * larger than the biggest purchase the reader can choose, so the banks always have bonds to sell.
 */
export const bankBaseline: BankBalanceSheet = {
  assets: { treasuries: 1_500, reserves: 3_200, loans: 12_000 },
  liabilitiesAndEquity: { deposits: 15_000, equity: 1_700 },
};

/**
 * The Fed buys `purchasesBn` of Treasuries from the banks and pays by crediting their reserve accounts:
 * the Fed gains Treasuries and owes the same amount of new reserves; the banks swap Treasuries for reserves,
 * so their size, deposits and equity do not change. Holdings are kept at the amount paid (price changes on
 * the bonds the banks keep are left out, to keep the accounts readable).
 */
export function afterFedPurchase(
  purchasesBn: number,
  fed: FedBalanceSheet = fedBaseline,
  bank: BankBalanceSheet = bankBaseline,
): { fed: FedBalanceSheet; bank: BankBalanceSheet } {
  return {
    fed: {
      assets: { ...fed.assets, treasuries: fed.assets.treasuries + purchasesBn },
      liabilities: { ...fed.liabilities, reserves: fed.liabilities.reserves + purchasesBn },
    },
    bank: {
      assets: {
        ...bank.assets,
        treasuries: bank.assets.treasuries - purchasesBn,
        reserves: bank.assets.reserves + purchasesBn,
      },
      liabilitiesAndEquity: { ...bank.liabilitiesAndEquity },
    },
  };
}

export function fedTotals(fed: FedBalanceSheet): { assets: number; liabilities: number } {
  return {
    assets: fed.assets.treasuries + fed.assets.other,
    liabilities: fed.liabilities.reserves + fed.liabilities.currencyAndOther,
  };
}

export function bankTotals(bank: BankBalanceSheet): { assets: number; liabilitiesAndEquity: number } {
  return {
    assets: bank.assets.treasuries + bank.assets.reserves + bank.assets.loans,
    liabilitiesAndEquity: bank.liabilitiesAndEquity.deposits + bank.liabilitiesAndEquity.equity,
  };
}

/** Row labels for drawing the two T-accounts, in the reader's language. */
export const balanceSheetText = {
  fedTitle: { en: "The Fed", ja: "FRB" },
  bankTitle: { en: "The banks (all US banks as one)", ja: "銀行(米国の銀行全体を1つにまとめたもの)" },
  assets: { en: "Assets", ja: "資産" },
  liabilities: { en: "Liabilities", ja: "負債" },
  liabilitiesAndEquity: { en: "Liabilities and equity", ja: "負債と資本" },
  fedTreasuries: { en: "Treasuries", ja: "米国債" },
  fedOther: { en: "Other assets (mostly mortgage bonds)", ja: "その他の資産(主に住宅ローン担保証券)" },
  fedReserves: { en: "Reserves (banks' money at the Fed)", ja: "準備預金(銀行がFRBに預けているお金)" },
  fedCurrencyAndOther: { en: "Cash in circulation and other", ja: "流通している現金など" },
  bankTreasuries: { en: "Treasuries", ja: "米国債" },
  bankReserves: { en: "Reserves at the Fed", ja: "FRBへの準備預金" },
  bankLoans: { en: "Loans", ja: "貸出" },
  bankDeposits: { en: "Customers' deposits", ja: "預金(お客さまから預かったお金)" },
  bankEquity: { en: "Equity (the owners' stake)", ja: "自己資本(株主の持ち分)" },
} satisfies Record<string, Localized>;
