# -*- coding: utf-8 -*-
"""
智能舆情分析平台配置文件
存储数据库连接信息和API密钥
"""

# MySQL数据库配置
DB_HOST = "rm-2zeib6b13f6tt9kncoo.mysql.rds.aliyuncs.com"
DB_PORT = 3306
DB_USER = "root"
DB_PASSWORD = "{{fake:opaque:sdk-2025-deepseek-keys-in-config-py-5}}"
DB_NAME = "media_crawler"
DB_CHARSET = "utf8mb4"

# agent1 DeepSeek API密钥
DEEPSEEK_API_KEY = "{{fake:deepseek:sdk-2025-deepseek-keys-in-config-py-1}}"

# agent2 DeepSeek API密钥
DEEPSEEK_API_KEY_2 = "{{fake:deepseek:sdk-2025-deepseek-keys-in-config-py-2}}"

# Tavily搜索API密钥
TAVILY_API_KEY = "tvly-dev-{{fake:opaque:sdk-2025-deepseek-keys-in-config-py-4}}"

# 博查Web Search API密钥
BOCHA_Web_Search_API_KEY = "{{fake:deepseek:sdk-2025-deepseek-keys-in-config-py-3}}"