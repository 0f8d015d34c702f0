"""Printing at the till (Qt side): receipts after a sale, 重打上一张."""
